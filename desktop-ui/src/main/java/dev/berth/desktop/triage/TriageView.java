package dev.berth.desktop.triage;

import dev.berth.core.triage.Finding;
import dev.berth.core.triage.FindingKind;
import dev.berth.desktop.fx.Ages;
import dev.berth.desktop.fx.Tone;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The triage list: one card per finding, worst first; Enter or a double click opens its evidence. */
public final class TriageView extends VBox {
    private static final int MAX_EVIDENCE_LINES = 4;
    private static final int MAX_EVIDENCE_CHARS = 240;
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
        list.setCellFactory(x -> new FindingCell(list.widthProperty()));
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

    /** The icon of a kind of finding: its shape says what is wrong, its colour how badly. */
    static Ikon icon(FindingKind k) {
        return switch (k) {
            case TARGETS_UNHEALTHY, TARGETS_DRAINING -> Material2AL.CALL_SPLIT;
            case DISCOVERY_RECORD_STALE, DISCOVERY_INSTANCES_UNHEALTHY -> Material2AL.DNS;
            case AGENT_DISCONNECTED -> Material2AL.LINK_OFF;
            case SPOT_INTERRUPTED -> Material2AL.CLOUD_OFF;
            case ALARM_FIRING -> Material2MZ.NOTIFICATIONS_ACTIVE;
            case OOM_KILLED, HOT_MEMORY -> Material2MZ.MEMORY;
            case HOT_CPU -> Material2MZ.SPEED;
            case THROTTLED -> Material2AL.HOURGLASS_EMPTY;
            case ROLLOUT_FAILED, ROLLOUT_STUCK -> Material2MZ.SYNC_PROBLEM;
            case IMAGE_PULL_FAILED -> Material2AL.CLOUD_DOWNLOAD;
            case BELOW_DESIRED, CRASH_LOOP, NON_ZERO_EXIT, HEALTH_CHECK_FAILED -> Material2AL.ERROR_OUTLINE;
        };
    }

    /**
     * A finding: its kind's icon, the title with the kind beside it, where and since when, and its
     * evidence lines, wrapped to the list's width (a task id at the end of a line must show).
     */
    private static final class FindingCell extends ListCell<Finding> {
        private final FontIcon icon = new FontIcon();
        private final Label title = new Label();
        private final Label kind = new Label();
        private final Label where = new Label();
        private final Label evidence = new Label();
        private final HBox whereLine = new HBox(8, kind, where);
        private final VBox text = new VBox(2, title, whereLine, evidence);
        private final HBox box = new HBox(10, icon, text);

        FindingCell(ReadOnlyDoubleProperty listWidth) {
            title.getStyleClass().add("finding-title");
            kind.getStyleClass().add("finding-kind");
            where.getStyleClass().add("muted-text");
            evidence.getStyleClass().addAll("mono", "finding-evidence");
            icon.getStyleClass().add("finding-icon");
            for (Label l : List.of(title, where, evidence)) {
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
            }
            kind.setMinWidth(Region.USE_PREF_SIZE);
            // Room for the icon, the cell's padding and the scroll bar.
            text.prefWidthProperty().bind(listWidth.subtract(64));
            text.setMaxWidth(Region.USE_PREF_SIZE);
            whereLine.setAlignment(Pos.CENTER_LEFT);
            box.setAlignment(Pos.TOP_LEFT);
            box.setPadding(new Insets(4, 2, 4, 2));
        }

        /** Evidence wraps, but one very long line (a pull error's full reason) must not fill the list. */
        private static String clip(String line) {
            return line.length() <= MAX_EVIDENCE_CHARS ? line : line.substring(0, MAX_EVIDENCE_CHARS - 1) + "…";
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
            icon.setIconCode(icon(f.kind()));
            Tone.apply(icon, tone);
            title.setText(f.title());
            kind.setText(f.kind().label());
            where.setText((f.cluster() == null ? "" : f.cluster()) + (f.service() == null ? "" : " / " + f.service())
                    + (f.taskId() == null ? "" : " / task " + f.taskId()) + "  ·  since "
                    + Ages.since(f.since(), Instant.now()) + " ago");
            evidence.setText(String.join("\n", f.evidence().stream().limit(MAX_EVIDENCE_LINES).map(FindingCell::clip).toList()));
            evidence.setVisible(!f.evidence().isEmpty());
            evidence.setManaged(!f.evidence().isEmpty());
            setGraphic(box);
        }
    }
}
