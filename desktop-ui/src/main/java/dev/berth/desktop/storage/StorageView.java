package dev.berth.desktop.storage;

import dev.berth.desktop.detail.SectionsView;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Storage and secrets tab: a reveal toggle over the task definition's sections. */
public final class StorageView extends VBox {
    public StorageView(StorageViewModel vm, Consumer<String> openTask) {
        setId("storage");
        ToggleButton reveal = new ToggleButton();
        reveal.setId("reveal");
        reveal.selectedProperty().bindBidirectional(vm.revealedProperty());
        reveal.textProperty().bind(javafx.beans.binding.Bindings.when(vm.revealedProperty())
                .then("Hide secret-looking values").otherwise("Reveal secret-looking values"));
        reveal.setGraphic(FontIcon.of(Material2MZ.VISIBILITY));
        reveal.disableProperty().bind(vm.maskableProperty().not());
        reveal.setTooltip(new Tooltip("Shows environment values whose names look secret until you leave this tab"));
        reveal.getStyleClass().add("small");
        Label hint = new Label("Secrets are shown by reference only; their values are never read.");
        hint.getStyleClass().add("muted-text");
        HBox bar = new HBox(10, reveal, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 0, 12));
        SectionsView sections = new SectionsView(vm.sections(), openTask);
        VBox.setVgrow(sections, Priority.ALWAYS);
        getChildren().addAll(bar, sections);
    }
}
