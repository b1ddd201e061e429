package dev.berth.desktop.detail;

import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.Scope;
import dev.berth.desktop.fx.CommandTarget;
import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.table.Column;
import dev.berth.desktop.table.TableCopy;
import dev.berth.desktop.table.ToneCell;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Sections one under the other in a scroll pane: a coloured title, labelled values in two columns,
 * a table showing all its rows (no scrolling of its own; the pane scrolls), and a note. Rebuilt when
 * the sections change; a table row that stands for a task opens it on Enter or a double click.
 */
public final class SectionsView extends ScrollPane implements CommandTarget {
    private static final double ROW_HEIGHT = 26;
    private static final double HEADER_HEIGHT = 30;

    private final VBox content = new VBox(16);
    private final Consumer<String> openTask;
    private final Label status = new Label();

    public SectionsView(ObservableList<Section> sections, StringProperty problem, ObservableBooleanValue loading,
                        Consumer<String> openTask) {
        this.openTask = openTask;
        getStyleClass().addAll("sections-view", "edge-to-edge");
        setFitToWidth(true);
        content.setPadding(new Insets(10, 14, 14, 12));
        content.getStyleClass().add("sections");
        setContent(content);
        status.getStyleClass().add("sections-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(Bindings.createStringBinding(() -> problem.get() != null ? problem.get()
                : loading.get() ? "Loading…" : null, problem, loading));
        status.visibleProperty().bind(status.textProperty().isNotNull());
        status.managedProperty().bind(status.visibleProperty());
        // A problem is a warning; "Loading…" only a hint.
        status.styleProperty().bind(Bindings.when(problem.isNotNull()).then("-fx-text-fill: -color-warning-fg;")
                .otherwise("-fx-text-fill: -color-fg-muted;"));
        sections.addListener((ListChangeListener<Section>) c -> fill(sections));
        fill(sections);
    }

    /** The sections of a tab that follows one slice. */
    public SectionsView(SectionsViewModel<?> vm, Consumer<String> openTask) {
        this(vm.sections(), vm.problemProperty(), vm.loadingProperty(), openTask);
    }

    private void fill(List<Section> sections) {
        content.getChildren().setAll(status);
        for (Section s : sections) {
            content.getChildren().add(section(s));
        }
    }

    private Node section(Section s) {
        VBox box = new VBox(6);
        box.setId("section-" + s.id());
        box.getStyleClass().add("section");
        Label title = new Label(s.title());
        title.getStyleClass().addAll("section-title", s.tone().styleClass());
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        box.getChildren().add(title);
        if (!s.fields().isEmpty()) {
            box.getChildren().add(grid(s.fields()));
        }
        if (s.table() != null && !s.table().rows().isEmpty()) {
            box.getChildren().add(table(s.table()));
        }
        if (s.note() != null) {
            Label note = new Label(s.note());
            note.getStyleClass().addAll("section-note", "muted-text");
            note.setWrapText(true);
            note.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(note);
        }
        return box;
    }

    private static GridPane grid(List<Field> fields) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("fields");
        grid.setHgap(16);
        grid.setVgap(5);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(150);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, value);
        int row = 0;
        for (Field f : fields) {
            Label l = new Label(f.label());
            l.getStyleClass().add("field-label");
            l.setMinWidth(Region.USE_PREF_SIZE);
            Label v = new Label(f.value());
            v.getStyleClass().add("field-value");
            v.setWrapText(true);
            v.setMinHeight(Region.USE_PREF_SIZE);
            if (f.tone() != Tone.NEUTRAL) {
                v.getStyleClass().add(f.tone().styleClass());
            }
            grid.addRow(row++, l, v);
        }
        return grid;
    }

    private <R> TableView<R> table(SectionTable<R> spec) {
        TableView<R> table = new TableView<>(FXCollections.observableArrayList(spec.rows()));
        table.getStyleClass().addAll("section-table", "dense");
        for (Column<R> c : spec.columns()) {
            table.getColumns().add(ToneCell.tableColumn(c));
        }
        TableCopy.install(table, spec.columns());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(ROW_HEIGHT);
        fitHeight(table, spec.rows().size(), HEADER_HEIGHT);
        // The header's height depends on the theme's fonts: fit to it once it is laid out.
        table.skinProperty().addListener((o, a, b) -> {
            if (table.lookup(".column-header-background") instanceof Region header) {
                header.heightProperty().addListener((x, y, h) -> fitHeight(table, spec.rows().size(), h.doubleValue()));
            }
        });
        // The table shows every row: the wheel scrolls the pane, not the (unscrollable) table.
        table.addEventFilter(ScrollEvent.SCROLL, e -> {
            double room = content.getHeight() - getViewportBounds().getHeight();
            if (room > 0) {
                setVvalue(Math.max(0, Math.min(1, getVvalue() - e.getDeltaY() / room)));
            }
            e.consume();
        });
        if (spec.taskOf() != null) {
            // Enter reaches handle(OPEN) through the window's keymap; the table remembers how to open its rows.
            table.setUserData((Runnable) () -> open(spec, table));
            table.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    open(spec, table);
                }
            });
        }
        return table;
    }

    private static void fitHeight(TableView<?> table, int rows, double header) {
        double height = header + ROW_HEIGHT * rows + table.snappedTopInset() + table.snappedBottomInset() + 2;
        table.setMinHeight(height);
        table.setPrefHeight(height);
        table.setMaxHeight(height);
    }

    @Override
    public Scope scope() {
        return Scope.LIST;
    }

    /** Enter on a row that stands for a task opens it; everything else is the window's. */
    @Override
    public boolean handle(Command command) {
        if (command != Command.OPEN || getScene() == null) {
            return false;
        }
        for (Node n = getScene().getFocusOwner(); n != null && n != this; n = n.getParent()) {
            if (n instanceof TableView<?> t && t.getUserData() instanceof Runnable open
                    && t.getSelectionModel().getSelectedItem() != null) {
                open.run();
                return true;
            }
        }
        return false;
    }

    private <R> boolean open(SectionTable<R> spec, TableView<R> table) {
        R row = table.getSelectionModel().getSelectedItem();
        String task = row == null ? null : spec.taskOf().apply(row);
        if (task == null) {
            return false;
        }
        openTask.accept(task);
        return true;
    }
}
