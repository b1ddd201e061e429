package dev.berth.desktop.logs;

import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.Scope;
import dev.berth.desktop.fx.CommandTarget;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The log view: a pager over the lines (nodes only for the lines on screen), a toolbar for
 * follow, since, the CloudWatch filter pattern, local search and save, and a status line.
 */
public final class LogsView extends VBox implements CommandTarget {
    /** The since windows, in the order of the keymap's since-* commands. */
    static final Map<Command, Duration> SINCE = Map.of(
            Command.SINCE_TAIL, Duration.ZERO, Command.SINCE_1M, Duration.ofMinutes(1),
            Command.SINCE_5M, Duration.ofMinutes(5), Command.SINCE_15M, Duration.ofMinutes(15),
            Command.SINCE_30M, Duration.ofMinutes(30), Command.SINCE_1H, Duration.ofHours(1),
            Command.SINCE_3H, Duration.ofHours(3));
    private static final List<Duration> WINDOWS = SINCE.values().stream().sorted().toList();

    private final LogsViewModel vm;
    private final LogLinesView list;
    private final TextField searchField = new TextField();
    private final TextField patternField = new TextField();

    public LogsView(LogsViewModel vm) {
        this.vm = vm;
        this.list = new LogLinesView(vm.lines(), () -> new LogLineRow(vm));
        setId("logs");
        getStyleClass().add("logs-view");

        ToggleButton follow = new ToggleButton();
        follow.setId("follow");
        follow.selectedProperty().bindBidirectional(vm.followingProperty());
        follow.graphicProperty().bind(javafx.beans.binding.Bindings.when(vm.followingProperty())
                .then((Node) FontIcon.of(Material2MZ.PAUSE)).otherwise((Node) FontIcon.of(Material2MZ.PLAY_ARROW)));
        follow.textProperty().bind(javafx.beans.binding.Bindings.when(vm.followingProperty()).then("Following").otherwise("Paused"));
        follow.setTooltip(new Tooltip("Follow / pause (f)"));
        follow.setFocusTraversable(false);

        ComboBox<Duration> since = new ComboBox<>();
        since.setId("since");
        since.getItems().setAll(WINDOWS);
        since.setConverter(new StringConverter<>() {
            @Override
            public String toString(Duration d) {
                return d == null ? "" : d.isZero() ? "from now" : "last " + (d.toHours() > 0 ? d.toHours() + "h" : d.toMinutes() + "m");
            }

            @Override
            public Duration fromString(String s) {
                return null;
            }
        });
        since.setValue(vm.sinceProperty().get());
        vm.sinceProperty().addListener((o, a, b) -> since.setValue(b));
        since.setOnAction(e -> {
            if (since.getValue() != null && !since.getValue().equals(vm.sinceProperty().get())) {
                vm.setSince(since.getValue());
            }
        });
        since.setTooltip(new Tooltip("Since window (0-6)"));
        since.setFocusTraversable(false);

        patternField.setId("filter-pattern");
        patternField.setPromptText("CloudWatch filter pattern, e.g. ?ERROR ?Exception");
        patternField.textProperty().bindBidirectional(vm.filterPatternProperty());
        patternField.setOnAction(e -> vm.applyFilterPattern());
        patternField.setPrefColumnCount(22);

        searchField.setId("log-search");
        searchField.setPromptText("Search (/) — Enter next, Shift+Enter previous");
        searchField.textProperty().bindBidirectional(vm.searchProperty());
        searchField.setPrefColumnCount(20);
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                jump(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                list.requestFocus();
                e.consume();
            }
        });
        Label matches = new Label();
        matches.setId("log-matches");
        matches.getStyleClass().add("muted-text");
        matches.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.searchPatternProperty().get() == null ? "" : vm.matchesProperty().get() + " matches",
                vm.matchesProperty(), vm.searchPatternProperty()));

        Button save = new Button(null, FontIcon.of(Material2MZ.SAVE));
        save.setTooltip(new Tooltip("Save to file (ctrl-s)"));
        save.setOnAction(e -> saveWithChooser());
        save.setFocusTraversable(false);

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        // In a narrow detail the text fields give way; the buttons and the match count keep their words.
        for (Region r : List.of(follow, since, matches, save)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        patternField.setMinWidth(120);
        searchField.setMinWidth(120);
        HBox.setHgrow(patternField, Priority.SOMETIMES);
        HBox.setHgrow(searchField, Priority.SOMETIMES);
        HBox bar = new HBox(8, follow, since, FontIcon.of(Material2AL.FILTER_LIST), patternField, grow,
                FontIcon.of(Material2MZ.SEARCH), searchField, matches, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("logs-bar");

        list.setId("log-lines");
        list.followingProperty().bindBidirectional(vm.followingProperty());
        list.wrapProperty().bind(vm.wrapProperty());
        list.setOnOpen(vm::openTaskOf);
        vm.timestampsProperty().addListener((o, a, b) -> list.refresh());
        vm.searchPatternProperty().addListener((o, a, b) -> list.refresh());
        VBox.setVgrow(list, Priority.ALWAYS);

        Label status = new Label();
        status.setId("log-status");
        status.getStyleClass().add("muted-text");
        status.textProperty().bind(vm.statusProperty());
        Label message = new Label();
        message.setId("log-message");
        message.textProperty().bind(vm.messageProperty());
        HBox foot = new HBox(16, status, message);
        foot.setPadding(new Insets(3, 8, 3, 8));
        foot.getStyleClass().add("logs-foot");
        getChildren().addAll(bar, list, foot);
    }

    private void jump(boolean forward) {
        int from = list.selectedIndexProperty().get();
        if (from < 0) {
            from = forward ? -1 : vm.lines().size();
        }
        int i = vm.nextMatch(from, forward);
        if (i >= 0) {
            vm.followingProperty().set(false);
            list.select(i);
        }
    }

    private void saveWithChooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save log lines");
        chooser.setInitialFileName("berth-logs.txt");
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            vm.save(f.toPath()).subscribe();
        }
    }

    public LogLinesView list() {
        return list;
    }

    @Override
    public Scope scope() {
        return Scope.LOGS;
    }

    @Override
    public boolean handle(Command c) {
        Duration window = SINCE.get(c);
        if (window != null) {
            vm.setSince(window);
            return true;
        }
        switch (c) {
            case FOLLOW -> vm.toggleFollow();
            case WRAP -> vm.wrapProperty().set(!vm.wrapProperty().get());
            case TIMESTAMPS -> vm.timestampsProperty().set(!vm.timestampsProperty().get());
            case SAVE -> saveWithChooser();
            case JUMP_TO_TASK -> vm.openTaskOf(list.selectedLine());
            case COPY -> {
                // The selected line, not the service the window would copy otherwise.
                if (!list.copySelected()) {
                    return false;
                }
            }
            case FILTER -> {
                searchField.requestFocus();
                searchField.selectAll();
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
