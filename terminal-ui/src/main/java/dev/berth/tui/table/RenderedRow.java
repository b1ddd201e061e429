package dev.berth.tui.table;

import java.util.List;
import java.util.Locale;

/**
 * A row rendered once per refresh: the value, its identity, its cells and the lower-cased text the
 * filter searches. Scrolling and redraws reuse it, so a keypress never renders the whole list.
 */
public record RenderedRow<T>(T value, String key, List<Cell> cells, String haystack) {
    public static <T> RenderedRow<T> render(T value, String key, List<Column<T>> columns) {
        Cell[] cells = new Cell[columns.size()];
        StringBuilder hay = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            cells[i] = columns.get(i).cell().apply(value);
            hay.append(cells[i].text()).append('\u0001');
        }
        return new RenderedRow<>(value, key, List.of(cells), hay.toString().toLowerCase(Locale.ROOT));
    }
}
