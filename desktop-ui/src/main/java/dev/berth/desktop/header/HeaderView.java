package dev.berth.desktop.header;

import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The top bar: app name, context, badges, data age and throttling. */
public final class HeaderView extends HBox {
    public HeaderView(HeaderViewModel vm) {
        setId("header");
        getStyleClass().add("header");
        setSpacing(14);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 12, 8, 12));

        Label app = new Label("Berth", FontIcon.of(Material2AL.ANCHOR));
        app.getStyleClass().addAll("title-3", "app-name");
        Label profile = field("profile", Material2AL.ACCOUNT_CIRCLE);
        profile.textProperty().bind(vm.profileProperty());
        Label region = field("region", Material2MZ.PUBLIC);
        region.textProperty().bind(vm.regionProperty());
        Label account = field("account", Material2AL.BUSINESS);
        account.textProperty().bind(vm.accountProperty());
        Label endpoint = field("endpoint", Material2AL.CLOUD);
        endpoint.textProperty().bind(vm.endpointProperty());

        Label sandbox = badge("SANDBOX", "badge-sandbox", vm.sandboxProperty());
        Label readOnly = badge("READ-ONLY", "badge-read-only", vm.readOnlyProperty());
        Label prot = badge("PROTECTED", "badge-protected", vm.protectedContextProperty());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label traffic = field("traffic", Material2MZ.SPEED);
        traffic.textProperty().bind(vm.trafficProperty());
        traffic.getStyleClass().add("muted-text");
        Label throttled = badge("THROTTLED", "badge-throttled", vm.throttledProperty());
        Label age = field("data-age", Material2MZ.SCHEDULE);
        age.textProperty().bind(vm.dataAgeProperty());
        vm.dataOldProperty().addListener((o, a, b) -> {
            age.getStyleClass().remove("tone-warn");
            if (b) {
                age.getStyleClass().add("tone-warn");
            }
        });
        // Only the traffic line (which may carry a long problem) gives way when the window is narrow.
        for (Label l : List.of(app, profile, region, account, endpoint, sandbox, readOnly, prot, throttled, age)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(app, profile, region, account, endpoint, sandbox, readOnly, prot, grow, throttled, traffic, age);

        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        sceneProperty().addListener((o, a, b) -> {
            if (b == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
    }

    private static Label field(String id, org.kordamp.ikonli.Ikon icon) {
        Label l = new Label("", FontIcon.of(icon));
        l.setId("header-" + id);
        l.getStyleClass().add("header-field");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label badge(String text, String style, ObservableBooleanValue shown) {
        Label l = new Label(text);
        l.setId(style);
        l.getStyleClass().addAll("badge", style);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.visibleProperty().bind(Bindings.createBooleanBinding(shown::get, shown));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
