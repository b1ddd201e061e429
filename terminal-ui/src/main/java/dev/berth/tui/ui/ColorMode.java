package dev.berth.tui.ui;

import java.util.Locale;
import java.util.Map;

/** How many colours the terminal shows, read from the environment the way most terminal tools do. */
public enum ColorMode {
    /** NO_COLOR, TERM=dumb: only bold, underline and reverse video. */
    MONOCHROME,
    ANSI_16,
    INDEXED_256,
    TRUE_COLOR;

    /** {@code NO_COLOR} (any non-empty value) wins; then {@code COLORTERM}, then {@code TERM}. */
    public static ColorMode detect(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return MONOCHROME;
        }
        String colorTerm = env.getOrDefault("COLORTERM", "").toLowerCase(Locale.ROOT);
        if (colorTerm.equals("truecolor") || colorTerm.equals("24bit")) {
            return TRUE_COLOR;
        }
        String term = env.getOrDefault("TERM", "").toLowerCase(Locale.ROOT);
        if (term.isEmpty() || term.equals("dumb")) {
            return MONOCHROME;
        }
        if (term.contains("256color") || term.contains("truecolor") || term.contains("direct")) {
            return term.contains("direct") || term.contains("truecolor") ? TRUE_COLOR : INDEXED_256;
        }
        return ANSI_16;
    }
}
