package dev.berth.tui.table;

import java.util.List;

/**
 * Fits columns into a width: each column gets its natural width (clamped to its bounds). When
 * they do not fit, optional columns (priority {@value #OPTIONAL} and up) are dropped least
 * important first rather than squeezing the important ones; then more columns go only if the
 * rest cannot fit at their minimum widths; then columns shrink towards their minimum, least
 * important first, so names stay whole.
 */
public final class ColumnLayout {
    /** Blanks between columns. */
    public static final int GAP = 2;
    /** Columns this unimportant are dropped before any other column is shortened. */
    public static final int OPTIONAL = 4;

    private ColumnLayout() {
    }

    /** Widths per column, 0 for a dropped column. */
    public static int[] fit(List<? extends Column<?>> columns, int[] natural, int width) {
        int n = columns.size();
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            Column<?> c = columns.get(i);
            w[i] = Math.max(c.minWidth(), Math.max(c.title().length(), Math.min(c.maxWidth(), natural[i])));
        }
        while (total(w) > width) {
            int drop = leastImportant(columns, w, OPTIONAL);
            if (drop < 0) {
                break;
            }
            w[drop] = 0;
        }
        int[] least = new int[n];
        for (int i = 0; i < n; i++) {
            least[i] = Math.min(w[i], Math.max(columns.get(i).minWidth(), columns.get(i).title().length()));
        }
        while (total(least) > width) {
            int drop = leastImportant(columns, w, 1);
            if (drop < 0) {
                break;
            }
            w[drop] = 0;
            least[drop] = 0;
        }
        int excess = total(w) - width;
        while (excess > 0) {
            // Shorten the least important column that still can shrink; among equals, the widest.
            int widest = -1;
            for (int i = 0; i < n; i++) {
                if (w[i] > least[i] && (widest < 0 || columns.get(i).priority() > columns.get(widest).priority()
                        || (columns.get(i).priority() == columns.get(widest).priority() && w[i] > w[widest]))) {
                    widest = i;
                }
            }
            if (widest < 0) {
                break;
            }
            int cut = Math.min(excess, Math.max(1, (w[widest] - least[widest]) / 2));
            w[widest] -= cut;
            excess -= cut;
        }
        // Give spare room to the last text column so long names and reasons show in full on wide terminals.
        int spare = width - total(w);
        for (int i = n - 1; i >= 0 && spare > 0; i--) {
            if (w[i] > 0 && columns.get(i).align() == Align.LEFT && natural[i] > w[i]) {
                int grow = Math.min(spare, natural[i] - w[i]);
                w[i] += grow;
                spare -= grow;
            }
        }
        return w;
    }

    /** The shown column with the highest priority number of at least {@code floor} (the later one on a tie), or -1. */
    private static int leastImportant(List<? extends Column<?>> columns, int[] w, int floor) {
        int drop = -1;
        for (int i = 0; i < w.length; i++) {
            int p = columns.get(i).priority();
            if (w[i] > 0 && p >= floor && (drop < 0 || p >= columns.get(drop).priority())) {
                drop = i;
            }
        }
        return drop;
    }

    private static int total(int[] w) {
        int sum = 0;
        int shown = 0;
        for (int x : w) {
            if (x > 0) {
                sum += x;
                shown++;
            }
        }
        return sum + Math.max(0, shown - 1) * GAP;
    }
}
