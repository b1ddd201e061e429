package dev.berth.desktop.logs;

import dev.berth.core.model.LogLine;
import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.tasks.TaskLists;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** One line on screen: time, the task it came from (merged views), and the message with search hits marked. */
final class LogLineRow extends HBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final LogsViewModel vm;
    private final Label time = new Label();
    private final Hyperlink task = new Hyperlink();
    private final TextFlow message = new TextFlow();
    private final Text plain = text("", false);
    private LogLine line;
    private int index = -1;
    private boolean selected;
    private boolean whole;
    private int generation = -1;

    LogLineRow(LogsViewModel vm) {
        super(8);
        this.vm = vm;
        getStyleClass().add("log-line");
        time.getStyleClass().add("log-time");
        time.setMinWidth(Region.USE_PREF_SIZE);
        task.getStyleClass().add("log-task");
        task.setMinWidth(Region.USE_PREF_SIZE);
        task.setFocusTraversable(false);
        task.setOnAction(e -> vm.openTaskOf(line));
        message.getChildren().add(plain);
        setAlignment(Pos.CENTER_LEFT);
        setHgrow(message, Priority.ALWAYS);
        getChildren().addAll(time, task, message);
    }

    /** The index of the line this row shows. */
    int index() {
        return index;
    }

    /**
     * Shows a line, all of it or its first line only; nothing is redrawn when the row already shows it
     * the same way. Returns whether it drew.
     */
    boolean show(LogLine next, int at, boolean isSelected, boolean wholeLine, int drawn) {
        index = at;
        if (isSelected != selected) {
            selected = isSelected;
            pseudoClassStateChanged(SELECTED, isSelected);
        }
        if (next == line && wholeLine == whole && drawn == generation) {
            return false;
        }
        line = next;
        whole = wholeLine;
        generation = drawn;
        // A line of several rows keeps its time and task beside its first row.
        setAlignment(wholeLine ? Pos.BASELINE_LEFT : Pos.CENTER_LEFT);
        Tone.apply(this, LogsViewModel.tone(next.severity()));
        boolean stamped = vm.timestampsProperty().get();
        time.setText(stamped ? TIME.format(Instant.ofEpochMilli(next.timestamp())) : "");
        time.setVisible(stamped);
        time.setManaged(stamped);
        boolean labelled = vm.merged() && next.taskId() != null;
        task.setText(labelled ? TaskLists.shortId(next.taskId()) : "");
        task.setVisible(labelled);
        task.setManaged(labelled);
        Pattern p = vm.searchPatternProperty().get();
        String shown = wholeLine ? next.message() : firstLine(next.message());
        if (p == null) {
            // The common case reuses one text node: new nodes would each need a CSS pass.
            plain.setText(shown);
            if (message.getChildren().size() != 1 || message.getChildren().get(0) != plain) {
                message.getChildren().setAll(plain);
            }
        } else {
            message.getChildren().setAll(segments(shown, p));
        }
        return true;
    }

    private static List<Text> segments(String shown, Pattern p) {
        List<Text> out = new ArrayList<>();
        Matcher m = p.matcher(shown);
        int at = 0;
        while (m.find() && m.end() > m.start()) {
            out.add(text(shown.substring(at, m.start()), false));
            out.add(text(shown.substring(m.start(), m.end()), true));
            at = m.end();
        }
        out.add(text(shown.substring(at), false));
        return out;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " ⏎";
    }

    private static Text text(String s, boolean hit) {
        Text t = new Text(s);
        t.getStyleClass().add(hit ? "log-hit" : "log-text");
        return t;
    }
}
