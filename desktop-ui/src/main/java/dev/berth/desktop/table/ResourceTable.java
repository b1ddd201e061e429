package dev.berth.desktop.table;

import dev.berth.desktop.fx.Sparkline;
import dev.berth.desktop.fx.Tone;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The one generic list view: a filter box over a sortable table built from a view model's
 * {@link Column}s, with status colours and sparkline cells. It only lays out and binds.
 */
public final class ResourceTable<R> extends VBox {
    private final ResourceListViewModel<R> vm;
    private final TableView<R> table = new TableView<>();
    private final TextField filter = new TextField();
    private boolean syncing;

    public ResourceTable(ResourceListViewModel<R> vm) {
        this.vm = vm;
        getStyleClass().add("resource-table");
        setId("list-" + vm.title().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));

        Label title = new Label(vm.title());
        title.getStyleClass().addAll("list-title", "title-4");
        Label count = new Label();
        count.getStyleClass().add("list-count");
        count.textProperty().bind(vm.countText());
        Label problem = new Label();
        problem.getStyleClass().addAll("list-problem", Tone.WARN.styleClass());
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());

        filter.setPromptText("Filter (/)  —  !word hides matches");
        filter.getStyleClass().add("list-filter");
        filter.setId("filter");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        filter.setPrefColumnCount(26);
        FontIcon searchIcon = FontIcon.of(Material2MZ.SEARCH);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, title, count, problem, grow, searchIcon, filter);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 10));
        bar.getStyleClass().add("list-bar");
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                if (filter.getText().isEmpty()) {
                    table.requestFocus();
                } else {
                    filter.clear();
                }
                e.consume();
            }
        });

        for (Column<R> c : vm.columns()) {
            table.getColumns().add(column(c));
        }
        SortedList<R> sorted = new SortedList<>(vm.filtered());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(28);
        table.setPlaceholder(new Label("Nothing here yet"));
        TableCopy.install(table, vm.columns());
        table.getStyleClass().add("dense");
        VBox.setVgrow(table, Priority.ALWAYS);

        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                syncing = true;
                vm.selectedProperty().set(b);
                syncing = false;
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> select(b));
        table.getItems().addListener((javafx.collections.ListChangeListener<R>) ch -> {
            select(vm.selectedProperty().get());
            // The first rows of a focused list select themselves, so the detail shows without a key press.
            if (table.isFocused() && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()
                    && vm.selectedProperty().get() == null && !vm.selectionPending()) {
                table.getSelectionModel().select(0);
            }
        });
        getChildren().addAll(bar, table);
    }

    private void select(R row) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                int i = indexOf(row);
                if (i >= 0) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.getFocusModel().focus(i);
                }
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * Where a row is shown: a poll that replaced the selected row puts the new one where the old one
     * was, so that index is tried before a scan of every row.
     */
    private int indexOf(R row) {
        int at = table.getSelectionModel().getSelectedIndex();
        List<R> items = table.getItems();
        if (at >= 0 && at < items.size() && items.get(at) == row) {
            return at;
        }
        return items.indexOf(row);
    }

    private TableColumn<R, R> column(Column<R> c) {
        TableColumn<R, R> col = ToneCell.tableColumn(c);
        if (c.sparkline()) {
            col.setCellFactory(x -> new SparkCell<>(c));
        }
        return col;
    }

    public TableView<R> table() {
        return table;
    }

    public TextField filterField() {
        return filter;
    }

    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    public void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty() && !vm.selectionPending()) {
            table.getSelectionModel().select(0);
            table.getFocusModel().focus(0);
        }
    }

    /** {@code o}: sort by the next column; {@code O}: flip the direction of the current one. */
    public void cycleSort(boolean reverse) {
        javafx.collections.ObservableList<TableColumn<R, ?>> order = table.getSortOrder();
        if (reverse) {
            if (order.isEmpty()) {
                order.add(table.getColumns().get(0));
            }
            TableColumn<R, ?> c = order.get(0);
            c.setSortType(c.getSortType() == TableColumn.SortType.ASCENDING
                    ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
            return;
        }
        int next = order.isEmpty() ? 0 : (table.getColumns().indexOf(order.get(0)) + 1) % table.getColumns().size();
        TableColumn<R, ?> c = table.getColumns().get(next);
        c.setSortType(TableColumn.SortType.ASCENDING);
        order.setAll(java.util.Collections.singletonList(c));
    }

    /**
     * Reports the rows on screen whenever they change (checked a few times a second), so the core
     * can describe and re-poll them first.
     */
    public void onVisibleRows(Consumer<List<R>> listener) {
        List<R> last = new ArrayList<>();
        Timeline t = new Timeline(new KeyFrame(Duration.millis(300), e -> {
            List<R> now = visibleRows();
            if (!now.equals(last)) {
                last.clear();
                last.addAll(now);
                listener.accept(now);
            }
        }));
        t.setCycleCount(Timeline.INDEFINITE);
        sceneProperty().addListener((o, a, b) -> {
            if (b == null) {
                t.stop();
            } else {
                t.play();
            }
        });
        if (getScene() != null) {
            t.play();
        }
    }

    private List<R> visibleRows() {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return List.of();
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first == null || last == null) {
            return List.of();
        }
        int from = Math.max(0, first.getIndex());
        int to = Math.min(table.getItems().size(), last.getIndex() + 1);
        return from >= to ? List.of() : List.copyOf(table.getItems().subList(from, to));
    }

    /** A sparkline with its latest value beside it. */
    private static final class SparkCell<R> extends TableCell<R, R> {
        private final Column<R> column;
        private final Sparkline line = new Sparkline();

        SparkCell(Column<R> column) {
            this.column = column;
            setContentDisplay(javafx.scene.control.ContentDisplay.LEFT);
            line.setPrefWidth(Math.max(30, column.width() - 52));
            setGraphicTextGap(6);
            // The graphic stays attached: re-adding it to the cell would cost a full CSS pass each time.
            setGraphic(line);
        }

        @Override
        protected void updateItem(R row, boolean empty) {
            super.updateItem(row, empty);
            boolean shown = !empty && row != null;
            line.setVisible(shown);
            line.setValues(shown ? column.series().apply(row) : List.of());
            setText(shown ? column.text().apply(row) : null);
        }
    }
}
