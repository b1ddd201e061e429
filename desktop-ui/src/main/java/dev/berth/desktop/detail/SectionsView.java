package dev.berth.desktop.detail;

import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.Scope;
import dev.berth.desktop.fx.CommandTarget;
import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.table.Column;
import dev.berth.desktop.table.TableCopy;
import dev.berth.desktop.table.ToneCell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * a table showing all its rows (no scrolling of its own; the pane scrolls), and a note. A change of
 * the sections updates the nodes of each section in place; a table row that stands for a task opens
 * it on Enter or a double click.
 */
public final class SectionsView extends ScrollPane implements CommandTarget {
    private static final double ROW_HEIGHT = 26;
    private static final double HEADER_HEIGHT = 30;

    private final VBox content = new VBox(16);
    private final Consumer<String> openTask;
    private final Label status = new Label();
    private final Map<String, SectionNode> nodes = new HashMap<>();

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

    /**
     * Shows the sections, reusing the nodes of a section whose id was shown before (the last poll's,
     * or the last target's before a clear): a poll then changes a few texts instead of building every
     * label, grid and table again, each of which would need a CSS pass. Nodes of ids the last
     * non-empty render did not use are dropped, so the cache holds one render's worth.
     */
    private void fill(List<Section> sections) {
        List<Node> shown = new ArrayList<>(sections.size() + 1);
        shown.add(status);
        Map<String, SectionNode> used = new HashMap<>();
        for (Section s : sections) {
            SectionNode node = nodes.containsKey(s.id()) ? nodes.get(s.id()) : new SectionNode(s.id());
            node.show(s);
            used.put(s.id(), node);
            shown.add(node.box);
        }
        if (!content.getChildren().equals(shown)) {
            content.getChildren().setAll(shown);
        }
        if (!sections.isEmpty()) {
            nodes.clear();
            nodes.putAll(used);
        }
    }

    /** The nodes of one section: each part is updated in place and built only when it first appears. */
    private final class SectionNode {
        private final VBox box = new VBox(6);
        private final Label title = new Label();
        private final GridPane grid = grid();
        private final List<Label> labels = new ArrayList<>();
        private final List<Label> values = new ArrayList<>();
        private final Label note = new Label();
        private TableView<?> table;
        private SectionTable<?> tableShown;
        private Section last;

        SectionNode(String id) {
            box.setId("section-" + id);
            box.getStyleClass().add("section");
            title.getStyleClass().add("section-title");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            note.getStyleClass().addAll("section-note", "muted-text");
            note.setWrapText(true);
            note.setMinHeight(Region.USE_PREF_SIZE);
        }

        void show(Section s) {
            if (s.equals(last)) {
                return;
            }
            title.setText(s.title());
            toned(title, s.tone(), true);
            fields(s.fields());
            if (s.table() != null && !s.table().rows().isEmpty()) {
                table(s.table());
            } else {
                table = null;
                tableShown = null;
            }
            note.setText(s.note());
            List<Node> parts = new ArrayList<>(4);
            parts.add(title);
            if (!s.fields().isEmpty()) {
                parts.add(grid);
            }
            if (table != null) {
                parts.add(table);
            }
            if (s.note() != null) {
                parts.add(note);
            }
            if (!box.getChildren().equals(parts)) {
                box.getChildren().setAll(parts);
            }
            last = s;
        }

        private void fields(List<Field> fields) {
            while (labels.size() < fields.size()) {
                Label l = new Label();
                l.getStyleClass().add("field-label");
                l.setMinWidth(Region.USE_PREF_SIZE);
                Label v = new Label();
                v.getStyleClass().add("field-value");
                v.setWrapText(true);
                v.setMinHeight(Region.USE_PREF_SIZE);
                grid.addRow(labels.size(), l, v);
                labels.add(l);
                values.add(v);
            }
            while (labels.size() > fields.size()) {
                grid.getChildren().removeAll(labels.removeLast(), values.removeLast());
            }
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                labels.get(i).setText(f.label());
                values.get(i).setText(f.value());
                toned(values.get(i), f.tone(), false);
            }
        }

        /** Same columns: the rows are put into the table there (keeping the selected row's place); else a new table. */
        private <R> void table(SectionTable<R> spec) {
            if (spec.equals(tableShown)) {
                return;
            }
            if (table != null && tableShown.columns().equals(spec.columns())) {
                @SuppressWarnings("unchecked")
                TableView<R> same = (TableView<R>) table;
                int selected = same.getSelectionModel().getSelectedIndex();
                same.getItems().setAll(spec.rows());
                opening(same, spec);
                fitHeight(same, headerHeight(same));
                if (selected >= 0 && selected < spec.rows().size()) {
                    same.getSelectionModel().select(selected);
                }
            } else {
                table = SectionsView.this.table(spec);
            }
            tableShown = spec;
        }
    }

    /** Puts a label in this tone's style class (and out of the others), touching its classes only when that changes. */
    private static void toned(Label label, Tone tone, boolean neutralToo) {
        for (Tone t : Tone.values()) {
            boolean want = t == tone && (neutralToo || t != Tone.NEUTRAL);
            if (label.getStyleClass().contains(t.styleClass()) != want) {
                if (want) {
                    label.getStyleClass().add(t.styleClass());
                } else {
                    label.getStyleClass().remove(t.styleClass());
                }
            }
        }
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("fields");
        grid.setHgap(16);
        grid.setVgap(5);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(150);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, value);
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
        fitHeight(table, HEADER_HEIGHT);
        // The header's height depends on the theme's fonts: fit to it once it is laid out.
        table.skinProperty().addListener((o, a, b) -> {
            if (table.lookup(".column-header-background") instanceof Region header) {
                header.heightProperty().addListener((x, y, h) -> fitHeight(table, h.doubleValue()));
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
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getUserData() instanceof Runnable open) {
                open.run();
            }
        });
        opening(table, spec);
        return table;
    }

    /** Enter reaches handle(OPEN) through the window's keymap; the table remembers how to open its rows. */
    private <R> void opening(TableView<R> table, SectionTable<R> spec) {
        table.setUserData(spec.taskOf() == null ? null : (Runnable) () -> open(spec, table));
    }

    /** The height that shows every row under a header this high. */
    private static void fitHeight(TableView<?> table, double header) {
        double height = header + ROW_HEIGHT * table.getItems().size() + table.snappedTopInset() + table.snappedBottomInset() + 2;
        table.setMinHeight(height);
        table.setPrefHeight(height);
        table.setMaxHeight(height);
    }

    private static double headerHeight(TableView<?> table) {
        return table.lookup(".column-header-background") instanceof Region header && header.getHeight() > 0
                ? header.getHeight() : HEADER_HEIGHT;
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
