package dev.berth.tui.table;

import java.util.Comparator;
import java.util.function.Function;

/**
 * A toolkit-free column of a resource table (k9s's render.Header and render.Row in one): a title,
 * how wide it may grow, how important it is when the terminal is narrow, how to render a row's
 * cell and how to order rows by it.
 *
 * @param priority 0 is always shown; higher numbers are dropped first when the width runs out
 * @param order    how to sort by this column; null sorts by the cell text (numbers as numbers)
 */
public record Column<T>(String title, int minWidth, int maxWidth, Align align, int priority,
                        Function<T, Cell> cell, Comparator<T> order) {
    public Column {
        if (title == null || cell == null || minWidth < 1 || maxWidth < minWidth) {
            throw new IllegalArgumentException("column " + title + ": title, cell and 1 <= min <= max are required");
        }
    }

    public static <T> Column<T> text(String title, int min, int max, int priority, Function<T, Cell> cell) {
        return new Column<>(title, min, max, Align.LEFT, priority, cell, null);
    }

    public static <T> Column<T> number(String title, int priority, Function<T, Cell> cell) {
        int width = Math.max(3, title.length());
        return new Column<>(title, width, Math.max(width, 8), Align.RIGHT, priority, cell, null);
    }

    public Column<T> orderedBy(Comparator<T> comparator) {
        return new Column<>(title, minWidth, maxWidth, align, priority, cell, comparator);
    }
}
