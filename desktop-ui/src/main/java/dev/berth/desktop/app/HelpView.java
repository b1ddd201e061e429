package dev.berth.desktop.app;

import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.Keymap;
import dev.berth.core.keymap.Scope;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The "?" sheet: every key of the focused scope, from the keymap in force. */
public final class HelpView extends VBox {
    public HelpView(Keymap keymap, Scope scope, boolean readOnly) {
        setId("help");
        getStyleClass().addAll("help", "elevated-2");
        setPadding(new Insets(14, 18, 14, 18));
        setSpacing(8);
        setMaxSize(640, javafx.scene.layout.Region.USE_PREF_SIZE);
        Label title = new Label(scope == Scope.LOGS ? "Keys in the log view" : "Keys");
        title.getStyleClass().add("title-4");
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(3);
        int row = 0;
        for (Command c : keymap.commands(scope, readOnly)) {
            Label key = new Label(keymap.chord(c).toString());
            key.getStyleClass().add("keycap");
            grid.addRow(row++, key, new Label(c.description()));
        }
        Label more = new Label("ctrl-shift-p also opens the command palette · in a table ctrl-c copies the selected row"
                + " (right click: a cell) · Esc closes this");
        more.setWrapText(true);
        more.getStyleClass().add("muted-text");
        getChildren().addAll(title, grid, more);
    }
}
