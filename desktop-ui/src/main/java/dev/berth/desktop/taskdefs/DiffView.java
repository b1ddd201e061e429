package dev.berth.desktop.taskdefs;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** A unified diff, one coloured line per row (green added, red removed). */
public final class DiffView extends ListView<DiffLine> {
    private static final java.util.List<String> KINDS = java.util.List.of("diff-added", "diff-removed", "diff-context", "diff-header");

    public DiffView(ObservableList<DiffLine> lines) {
        super(lines);
        getStyleClass().addAll("diff-view", "dense");
        setFixedCellSize(20);
        setPlaceholder(new Label("Choose two revisions to compare"));
        setCellFactory(x -> new ListCell<>() {
            @Override
            protected void updateItem(DiffLine l, boolean empty) {
                super.updateItem(l, empty);
                getStyleClass().removeAll(KINDS);
                if (empty || l == null) {
                    setText(null);
                    return;
                }
                setText(l.text());
                getStyleClass().add("diff-" + l.kind().name().toLowerCase(java.util.Locale.ROOT));
            }
        });
    }
}
