package dev.berth.desktop.table;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * The list filter as people type it: words that must all appear (case-insensitive), or with a
 * leading {@code !} rows where they do not, as in k9s.
 */
public final class TextFilter {
    private TextFilter() {
    }

    public static <R> Predicate<R> of(String typed, java.util.function.Function<R, String> text) {
        String t = typed == null ? "" : typed.strip();
        boolean invert = t.startsWith("!");
        String[] words = (invert ? t.substring(1) : t).toLowerCase(Locale.ROOT).strip().split("\\s+");
        if (words.length == 1 && words[0].isEmpty()) {
            return r -> true;
        }
        return r -> {
            String hay = text.apply(r).toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String w : words) {
                if (!hay.contains(w)) {
                    all = false;
                    break;
                }
            }
            return all != invert;
        };
    }
}
