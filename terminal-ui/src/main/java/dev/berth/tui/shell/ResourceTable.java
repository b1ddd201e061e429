package dev.berth.tui.shell;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.gui2.table.DefaultTableRenderer;
import com.googlecode.lanterna.gui2.table.Table;
import com.googlecode.lanterna.gui2.table.TableCellRenderer;
import com.googlecode.lanterna.gui2.table.TableHeaderRenderer;
import com.googlecode.lanterna.gui2.table.TableModel;
import com.googlecode.lanterna.gui2.table.TableRenderer;
import dev.berth.tui.table.Align;
import dev.berth.tui.table.BrowserViewModel;
import dev.berth.tui.table.Cell;
import dev.berth.tui.table.Column;
import dev.berth.tui.table.ColumnLayout;
import dev.berth.tui.table.RenderedRow;
import dev.berth.tui.ui.Palette;
import dev.berth.tui.ui.Text;
import dev.berth.tui.ui.Tone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lanterna's {@link Table} holding only the window of rows that fits on screen (its renderer
 * measures every row of its model on each redraw, so a 5,000-row model would make each keypress
 * slow). The view model owns all rows, the cursor and the scroll offset; this table is refilled
 * from {@link BrowserViewModel#window()} after every change and on every resize.
 */
final class ResourceTable<T> extends Table<Cell> {
    private final BrowserViewModel<T> vm;
    private final Palette palette;
    private int[] widths = new int[0];
    private int[] shownColumns = new int[0];
    private TerminalSize lastSize = TerminalSize.ZERO;

    ResourceTable(BrowserViewModel<T> vm, Palette palette) {
        super(" ");
        this.vm = vm;
        this.palette = palette;
        DefaultTableRenderer<Cell> inner = new DefaultTableRenderer<>();
        inner.setScrollBarsHidden(true);
        setRenderer(new Sizing(inner));
        setTableCellRenderer(new CellRenderer());
        setTableHeaderRenderer(new HeaderRenderer());
    }

    /** Copies the view model's window into Lanterna's model (called on the UI thread). */
    void refill() {
        int width = Math.max(20, lastSize.getColumns());
        int[] w = vm.widths(width);
        int[] shown = Arrays.stream(range(w.length)).filter(i -> w[i] > 0).toArray();
        List<Column<T>> columns = vm.columns();
        TableModel<Cell> model = getTableModel();
        if (!Arrays.equals(shown, shownColumns)) {
            String[] labels = Arrays.stream(shown).mapToObj(i -> columns.get(i).title()).toArray(String[]::new);
            model = new TableModel<>(labels);
            shownColumns = shown;
        } else {
            model.clear();
        }
        widths = w;
        for (RenderedRow<T> row : vm.window()) {
            List<Cell> cells = new ArrayList<>(shown.length);
            for (int i : shown) {
                cells.add(row.cells().get(i));
            }
            model.addRow(cells);
        }
        if (model != getTableModel()) {
            setTableModel(model);
        }
        int selected = vm.cursorInWindow();
        if (selected >= 0) {
            setSelectedRow(selected);
        }
        invalidate();
    }

    private static int[] range(int n) {
        int[] r = new int[n];
        Arrays.setAll(r, i -> i);
        return r;
    }

    /**
     * Lanterna puts one blank between columns itself (its default cell border); cells pad the rest
     * of {@link ColumnLayout#GAP}.
     */
    private int columnWidth(int shownIndex) {
        int w = widths[shownColumns[shownIndex]];
        return shownIndex < shownColumns.length - 1 ? w + ColumnLayout.GAP - 1 : w;
    }

    private Column<T> column(int shownIndex) {
        return vm.columns().get(shownColumns[shownIndex]);
    }

    private String fit(String text, int shownIndex) {
        int w = widths[shownColumns[shownIndex]];
        String body = column(shownIndex).align() == Align.RIGHT ? Text.padLeft(text, w) : Text.padRight(text, w);
        return shownIndex < shownColumns.length - 1 ? body + " ".repeat(ColumnLayout.GAP - 1) : body;
    }

    /** Keeps the model's row count equal to the rows that fit, then lets Lanterna draw. */
    private final class Sizing implements TableRenderer<Cell> {
        private final DefaultTableRenderer<Cell> inner;

        Sizing(DefaultTableRenderer<Cell> inner) {
            this.inner = inner;
        }

        @Override
        public TerminalSize getPreferredSize(Table<Cell> table) {
            return new TerminalSize(20, 2);
        }

        @Override
        public TerminalPosition getCursorLocation(Table<Cell> component) {
            return null;
        }

        @Override
        public void drawComponent(TextGUIGraphics graphics, Table<Cell> table) {
            TerminalSize size = graphics.getSize();
            if (!size.equals(lastSize)) {
                lastSize = size;
                vm.setHeight(size.getRows() - 1);
                refill();
            }
            inner.setViewTopRow(0);
            inner.drawComponent(graphics, table);
            // Only the rows under the table need clearing: every cell above is drawn padded to its width.
            int used = 1 + getTableModel().getRowCount();
            if (used < size.getRows()) {
                palette.style(Tone.NORMAL).applyTo(graphics);
                graphics.fillRectangle(new TerminalPosition(0, used), new TerminalSize(size.getColumns(), size.getRows() - used), ' ');
            }
        }

        @Override
        public int getViewTopRow() {
            return 0;
        }

        @Override
        public void setViewTopRow(int viewTopRow) {
            inner.setViewTopRow(0);
        }

        @Override
        public int getViewLeftColumn() {
            return 0;
        }

        @Override
        public void setViewLeftColumn(int viewLeftColumn) {
            inner.setViewLeftColumn(0);
        }

        @Override
        public boolean isScrollBarsHidden() {
            return true;
        }

        @Override
        public void setScrollBarsHidden(boolean hidden) {
            // the model holds only the window, so Lanterna's scroll bars would always say "all shown"
        }

        @Override
        public boolean getAllowPartialColumn() {
            return false;
        }

        @Override
        public void setAllowPartialColumn(boolean allowPartialColumn) {
            inner.setAllowPartialColumn(false);
        }

        @Override
        public int getVisibleRowsOnLastDraw() {
            return inner.getVisibleRowsOnLastDraw();
        }
    }

    private final class CellRenderer implements TableCellRenderer<Cell> {
        @Override
        public TerminalSize getPreferredSize(Table<Cell> table, Cell cell, int columnIndex, int rowIndex) {
            return new TerminalSize(columnWidth(columnIndex), 1);
        }

        @Override
        public void drawCell(Table<Cell> table, Cell cell, int columnIndex, int rowIndex, TextGUIGraphics g) {
            boolean selected = rowIndex == table.getSelectedRow();
            (selected ? palette.selected(cell.tone()) : palette.style(cell.tone())).applyTo(g);
            g.putString(0, 0, fit(cell.text(), columnIndex));
        }
    }

    private final class HeaderRenderer implements TableHeaderRenderer<Cell> {
        @Override
        public TerminalSize getPreferredSize(Table<Cell> table, String label, int columnIndex) {
            return new TerminalSize(columnWidth(columnIndex), 1);
        }

        @Override
        public void drawHeader(Table<Cell> table, String label, int index, TextGUIGraphics g) {
            palette.style(Tone.HEADER).applyTo(g);
            String marker = shownColumns[index] == vm.sortColumn() ? (vm.descending() ? "↓" : "↑") : "";
            g.putString(0, 0, fit(label + marker, index));
        }
    }
}
