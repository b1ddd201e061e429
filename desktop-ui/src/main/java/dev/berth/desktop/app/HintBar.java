package dev.berth.desktop.app;

import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.Keymap;
import dev.berth.core.keymap.Scope;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The key hints at the bottom of the window, generated from the keymap for the focused scope. */
public final class HintBar extends HBox {
    /** The commands worth a hint, per scope, in the order they show. */
    static final List<Command> LIST_HINTS = List.of(Command.OPEN, Command.BACK, Command.COMMAND, Command.FILTER,
            Command.LOGS, Command.EVENTS, Command.METRICS, Command.JSON, Command.SCALE, Command.REDEPLOY,
            Command.CHANGE_REVISION, Command.ROLLBACK, Command.STOP_TASK, Command.TRIAGE, Command.HELP);
    static final List<Command> LOG_HINTS = List.of(Command.FOLLOW, Command.FILTER, Command.SINCE_TAIL, Command.SINCE_5M,
            Command.SINCE_1H, Command.WRAP, Command.TIMESTAMPS, Command.SAVE, Command.JUMP_TO_TASK, Command.BACK,
            Command.HELP);
    /** Hint words short enough for one row; the full descriptions are in the help sheet and the palette. */
    private static final Map<Command, String> SHORT = Map.ofEntries(
            Map.entry(Command.OPEN, "open"), Map.entry(Command.BACK, "back"), Map.entry(Command.COMMAND, "command"),
            Map.entry(Command.FILTER, "filter"), Map.entry(Command.LOGS, "logs"), Map.entry(Command.EVENTS, "events"),
            Map.entry(Command.METRICS, "metrics"), Map.entry(Command.JSON, "json"), Map.entry(Command.SCALE, "scale"),
            Map.entry(Command.REDEPLOY, "redeploy"), Map.entry(Command.CHANGE_REVISION, "revision"),
            Map.entry(Command.ROLLBACK, "roll back"), Map.entry(Command.STOP_TASK, "stop task"),
            Map.entry(Command.TRIAGE, "triage"), Map.entry(Command.HELP, "help"), Map.entry(Command.FOLLOW, "follow"),
            Map.entry(Command.SINCE_TAIL, "from now"), Map.entry(Command.SINCE_5M, "5 min"), Map.entry(Command.SINCE_1H, "1 hour"),
            Map.entry(Command.WRAP, "wrap"), Map.entry(Command.TIMESTAMPS, "times"), Map.entry(Command.SAVE, "save"),
            Map.entry(Command.JUMP_TO_TASK, "open task"));

    private final Keymap keymap;
    private final boolean readOnly;

    public HintBar(Keymap keymap, boolean readOnly) {
        this.keymap = keymap;
        this.readOnly = readOnly;
        setId("hints");
        getStyleClass().add("hint-bar");
        setSpacing(12);
        setAlignment(Pos.CENTER_LEFT);
        show(Scope.LIST);
    }

    /** Shows the hints of a scope. */
    public void show(Scope scope) {
        getChildren().clear();
        for (Command c : scope == Scope.LOGS ? LOG_HINTS : LIST_HINTS) {
            if (readOnly && c.mutating()) {
                continue;
            }
            Label key = new Label(keymap.chord(c).toString());
            key.getStyleClass().add("keycap");
            Label text = new Label(SHORT.get(c), key);
            text.getStyleClass().add("hint");
            text.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().add(text);
        }
    }
}
