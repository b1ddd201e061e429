package dev.berth.desktop.table;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;

/**
 * Copying out of a table: a cell's context menu copies its whole value (what its tooltip shows) or
 * its row's main value, and {@link #copySelected} copies the selected row's main value (the window
 * calls it for ctrl-c). The main value is the {@link Column#asMain() main} column's, else the first's.
 */
public final class TableCopy<R> {
    private static final String KEY = TableCopy.class.getName();

    private final TableView<R> table;
    private final Column<R> main;
    private final MenuItem cell = new MenuItem();
    private final MenuItem row = new MenuItem();

    private TableCopy(TableView<R> table, List<Column<R>> columns) {
        this.table = table;
        this.main = Column.mainOf(columns);
        cell.setId("copy-cell");
        row.setId("copy-row");
        row.setText("Copy " + main.title() + "  (ctrl-c)");
        // Which cell was clicked decides the first item: filled in before the table shows the menu,
        // which is made then (section tables are rebuilt with their sections; few are ever right-clicked).
        table.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> prepare(e.getPickResult().getIntersectedNode()));
    }

    /** Lets a table's cells and rows be copied; its table columns carry their {@link Column} as user data. */
    public static <R> void install(TableView<R> table, List<Column<R>> columns) {
        table.getProperties().put(KEY, new TableCopy<>(table, columns));
    }

    /**
     * Copies the selected row's main value of the table that {@code focus} is in; false when it is in
     * none or nothing is selected there.
     */
    public static boolean copySelected(Node focus) {
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof TableView<?> t && t.getProperties().get(KEY) instanceof TableCopy<?> copy) {
                return copy.copySelected();
            }
        }
        return false;
    }

    private boolean copySelected() {
        R selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return false;
        }
        copy(main.whole().apply(selected));
        return true;
    }

    @SuppressWarnings("unchecked")
    private void prepare(Node picked) {
        if (table.getContextMenu() == null) {
            table.setContextMenu(new ContextMenu(cell, row));
        }
        TableCell<R, R> at = null;
        for (Node n = picked; n != null && n != table; n = n.getParent()) {
            if (n instanceof TableCell<?, ?> c) {
                at = (TableCell<R, R>) c;
                break;
            }
        }
        R clicked = at == null || at.isEmpty() ? null : at.getItem();
        Column<R> column = at == null || at.getTableColumn() == null ? null : (Column<R>) at.getTableColumn().getUserData();
        boolean ownItem = clicked != null && column != null && column != main;
        cell.setVisible(ownItem);
        if (ownItem) {
            String value = column.whole().apply(clicked);
            cell.setText("Copy " + column.title());
            cell.setOnAction(e -> copy(value));
        }
        // A menu opened from the keyboard acts on the selected row.
        R target = clicked != null ? clicked : table.getSelectionModel().getSelectedItem();
        row.setDisable(target == null);
        row.setOnAction(e -> copy(main.whole().apply(target)));
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text == null ? "" : text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
