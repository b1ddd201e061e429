package dev.berth.desktop.triage;

import dev.berth.core.triage.Finding;
import dev.berth.desktop.fx.Ages;
import dev.berth.desktop.fx.Tone;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The triage list: one card per finding, worst first; Enter or a double click opens its evidence. */
public final class TriageView extends VBox {
    private final ListView<Finding> list;

    public TriageView(TriageViewModel vm, Consumer<Finding> open) {
        setId("triage");
        getStyleClass().add("triage-view");
        Label title = new Label("Triage: what is wrong right now");
        title.getStyleClass().add("title-4");
        Label count = new Label();
        count.getStyleClass().add("list-count");
        count.textProperty().bind(vm.countProperty().asString("%d findings"));
        Label problem = new Label();
        problem.getStyleClass().add("tone-warn");
        problem.textProperty().bind(vm.problemProperty());
        HBox bar = new HBox(8, FontIcon.of(Material2MZ.WARNING), title, count, problem);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 10));
        bar.getStyleClass().add("list-bar");

        list = new ListView<>(vm.findings());
        list.setId("findings");
        list.setPlaceholder(new Label("Nothing is wrong right now"));
        list.setCellFactory(x -> new FindingCell());
        // A refresh may clear the list's selection for a moment; the view model keeps it by id.
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        // The first finding selects itself so its evidence shows below without a key press.
        vm.findings().addListener((javafx.collections.ListChangeListener<Finding>) c -> selectFirst());
        selectFirst();
        getChildren().addAll(bar, list);
    }

    private void selectFirst() {
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    public ListView<Finding> list() {
        return list;
    }

    /** A finding: severity icon, title, where, since when, and its evidence lines. */
    private static final class FindingCell extends ListCell<Finding> {
        private final FontIcon icon = new FontIcon();
        private final Label title = new Label();
        private final Label where = new Label();
        private final Label evidence = new Label();
        private final VBox text = new VBox(2, title, where, evidence);
        private final HBox box = new HBox(10, icon, text);

        FindingCell() {
            title.getStyleClass().add("finding-title");
            where.getStyleClass().add("muted-text");
            evidence.getStyleClass().addAll("mono", "finding-evidence");
            // Evidence lines are short and already split: keep each on its own line, all of them shown.
            evidence.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            where.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox.setHgrow(text, Priority.ALWAYS);
            box.setAlignment(Pos.TOP_LEFT);
            box.setPadding(new Insets(4, 2, 4, 2));
        }

        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                Tone.apply(this, Tone.NEUTRAL);
                setGraphic(null);
                return;
            }
            Tone tone = TriageViewModel.tone(f.severity());
            Tone.apply(this, tone);
            icon.setIconCode(tone == Tone.BAD ? Material2AL.ERROR : Material2MZ.WARNING);
            Tone.apply(icon, tone);
            title.setText(f.kind().label() + ": " + f.title());
            where.setText((f.cluster() == null ? "" : f.cluster()) + (f.service() == null ? "" : " / " + f.service())
                    + (f.taskId() == null ? "" : " / task " + f.taskId()) + "  ·  since "
                    + Ages.since(f.since(), Instant.now()) + " ago");
            evidence.setText(String.join("\n", f.evidence().stream().limit(4).toList()));
            setGraphic(box);
        }
    }
}
