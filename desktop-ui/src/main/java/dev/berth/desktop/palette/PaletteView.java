package dev.berth.desktop.palette;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The palette card: a text field over the matching commands; Up/Down choose, Enter runs, Esc closes. */
public final class PaletteView extends VBox {
    private final TextField field = new TextField();

    public PaletteView(PaletteViewModel vm, Runnable close) {
        setId("palette");
        getStyleClass().addAll("palette", "elevated-2");
        setSpacing(6);
        setPadding(new Insets(10));
        setMaxSize(620, Region.USE_PREF_SIZE);
        field.setId("palette-field");
        field.setPromptText("Type a command: :services, :tasks, :triage, :region eu-west-1, scale, logs…");
        field.textProperty().bindBidirectional(vm.queryProperty());
        ListView<PaletteEntry> list = new ListView<>(vm.matches());
        list.setId("palette-list");
        list.getStyleClass().add("dense");
        list.setPrefHeight(320);
        list.setFocusTraversable(false);
        list.setCellFactory(x -> new ListCell<>() {
            private final Label name = new Label();
            private final Label description = new Label();
            private final Label chord = new Label();
            private final HBox box;

            {
                name.getStyleClass().add("palette-name");
                name.setMinWidth(120);
                description.getStyleClass().add("muted-text");
                chord.getStyleClass().add("keycap");
                Region grow = new Region();
                HBox.setHgrow(grow, Priority.ALWAYS);
                box = new HBox(10, name, description, grow, chord);
                box.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(PaletteEntry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setGraphic(null);
                    return;
                }
                name.setText(e.name());
                description.setText(e.description());
                chord.setText(e.chord());
                chord.setVisible(!e.chord().isEmpty());
                setGraphic(box);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null) {
                list.getSelectionModel().select(b);
                list.scrollTo(b);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        if (vm.selectedProperty().get() != null) {
            list.getSelectionModel().select(vm.selectedProperty().get());
        }
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && vm.runSelected()) {
                close.run();
            }
        });
        Label error = new Label();
        error.getStyleClass().add("tone-warn");
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            switch (e.getCode()) {
                case DOWN -> {
                    list.getSelectionModel().select(Math.min(vm.matches().size() - 1, i + 1));
                    e.consume();
                }
                case UP -> {
                    list.getSelectionModel().select(Math.max(0, i - 1));
                    e.consume();
                }
                case ENTER -> {
                    e.consume();
                    if (vm.runSelected()) {
                        close.run();
                    }
                }
                case ESCAPE -> {
                    e.consume();
                    close.run();
                }
                default -> { }
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(field, error, list);
    }

    public void focusField(String initial) {
        field.setText(initial);
        field.requestFocus();
        field.end();
    }
}
