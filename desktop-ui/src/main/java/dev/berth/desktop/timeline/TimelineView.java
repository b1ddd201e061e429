package dev.berth.desktop.timeline;

import dev.berth.desktop.fx.Ages;
import dev.berth.desktop.fx.Tone;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Events tab (deployments and service events): one list, newest first, deployments marked with a rocket-ish icon. */
public final class TimelineView extends ListView<TimelineEntry> {
    public TimelineView(TimelineViewModel vm) {
        super(vm.entries());
        setId("timeline");
        getStyleClass().add("timeline");
        setPlaceholder(new Label("No events yet"));
        setCellFactory(x -> new ListCell<>() {
            private final Label time = new Label();
            private final Label text = new Label();
            private final FontIcon icon = new FontIcon();
            private final HBox box = new HBox(10, time, icon, text);

            {
                box.setAlignment(Pos.CENTER_LEFT);
                time.getStyleClass().add("log-time");
                time.setMinWidth(110);
                text.setWrapText(true);
                HBox.setHgrow(text, Priority.ALWAYS);
            }

            @Override
            protected void updateItem(TimelineEntry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    Tone.apply(this, Tone.NEUTRAL);
                    setGraphic(null);
                    return;
                }
                Tone.apply(this, e.tone());
                time.setText(Ages.dayClock(e.at()));
                icon.setIconCode(e.kind() == TimelineEntry.Kind.DEPLOYMENT ? Material2MZ.PUBLISH : Material2AL.EVENT_NOTE);
                text.setText(e.text());
                text.setPrefWidth(Math.max(200, getListView().getWidth() - 180));
                setGraphic(box);
            }
        });
    }
}
