package dev.berth.desktop.detail;

import dev.berth.desktop.fx.Tone;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

/** Labelled values in two columns, coloured by tone, selectable as text by keyboard focus. */
public final class FieldsView extends ScrollPane {
    private final GridPane grid = new GridPane();

    public FieldsView(ObservableList<Field> fields) {
        getStyleClass().addAll("fields-view", "edge-to-edge");
        setFitToWidth(true);
        grid.setHgap(16);
        grid.setVgap(5);
        grid.setPadding(new Insets(10, 12, 10, 12));
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(140);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, value);
        setContent(grid);
        fields.addListener((ListChangeListener<Field>) c -> fill(fields));
        fill(fields);
    }

    private void fill(ObservableList<Field> fields) {
        grid.getChildren().clear();
        int row = 0;
        for (Field f : fields) {
            Label l = new Label(f.label());
            l.getStyleClass().add("field-label");
            Label v = new Label(f.value());
            v.getStyleClass().add("field-value");
            v.setWrapText(true);
            if (f.tone() != Tone.NEUTRAL) {
                v.getStyleClass().add(f.tone().styleClass());
            }
            grid.addRow(row++, l, v);
        }
    }
}
