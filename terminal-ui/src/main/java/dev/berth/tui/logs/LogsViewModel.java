package dev.berth.tui.logs;

import dev.berth.core.keymap.Command;
import dev.berth.core.logs.LogBatch;
import dev.berth.core.logs.LogQuery;
import dev.berth.core.logs.TailStatus;
import dev.berth.core.model.LogLine;
import dev.berth.tui.nav.Place;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Tone;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The log screen without a screen: the lines held, follow or scroll, wrap, timestamps, the local
 * filter ({@code !} inverts), the since window and the selected line. {@link #render} lays out
 * exactly the rows that fit, from the bottom when following. Runs on the UI thread.
 */
public final class LogsViewModel {
    /** Lines the screen keeps; the tail itself keeps more for saving. */
    static final int MAX_LINES = 20_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());
    private static final Tone[] TASK_TONES = {Tone.ACCENT, Tone.GOOD, Tone.HEADER, Tone.WARN};
    private static final Map<Command, Duration> SINCE = Map.of(
            Command.SINCE_TAIL, Duration.ZERO,
            Command.SINCE_1M, Duration.ofMinutes(1),
            Command.SINCE_5M, Duration.ofMinutes(5),
            Command.SINCE_15M, Duration.ofMinutes(15),
            Command.SINCE_30M, Duration.ofMinutes(30),
            Command.SINCE_1H, Duration.ofHours(1),
            Command.SINCE_3H, Duration.ofHours(3));

    private LogQuery query;
    private final ArrayDeque<LogLine> lines = new ArrayDeque<>();
    private final Map<String, Tone> taskTones = new java.util.HashMap<>();
    private boolean follow = true;
    private boolean paused;
    private boolean wrap;
    private boolean timestamps = true;
    private String filter = "";
    private int cursor = -1;
    private TailStatus status;

    public LogsViewModel(LogQuery query) {
        this.query = query;
    }

    public LogQuery query() {
        return query;
    }

    /** The since window a key asks for, or null if the command is not a since key. */
    public static Duration sinceFor(Command c) {
        return SINCE.get(c);
    }

    /** Switches to another since window; the caller reopens the tail with {@link #query()}. */
    public void since(Duration d) {
        query = query.withSince(d);
        lines.clear();
        cursor = -1;
        follow = true;
    }

    public void accept(LogBatch batch) {
        if (batch.reset()) {
            lines.clear();
            cursor = -1;
        }
        lines.addAll(batch.lines());
        while (lines.size() > MAX_LINES) {
            lines.removeFirst();
            if (cursor > 0) {
                cursor--;
            }
        }
    }

    public void status(TailStatus s) {
        status = s;
    }

    public boolean following() {
        return follow;
    }

    public boolean paused() {
        return paused;
    }

    /** {@code f}: pause delivery and freeze the screen, or resume and follow again. */
    public void toggleFollow() {
        paused = !paused;
        follow = !paused;
        if (follow) {
            cursor = -1;
        }
    }

    public void toggleWrap() {
        wrap = !wrap;
    }

    public boolean wrap() {
        return wrap;
    }

    public void toggleTimestamps() {
        timestamps = !timestamps;
    }

    public boolean timestamps() {
        return timestamps;
    }

    public void setFilter(String f) {
        filter = f == null ? "" : f.strip();
        cursor = -1;
    }

    public String filter() {
        return filter;
    }

    /** Moves the line cursor; moving leaves follow mode so the screen holds still while reading. */
    public void move(int delta) {
        List<LogLine> shown = filtered();
        if (shown.isEmpty()) {
            return;
        }
        int from = cursor < 0 ? shown.size() - 1 : cursor;
        cursor = Math.max(0, Math.min(shown.size() - 1, from + delta));
        follow = false;
    }

    public void home() {
        move(Integer.MIN_VALUE / 2);
    }

    /** Back to the newest line, following again unless paused. */
    public void end() {
        cursor = -1;
        follow = !paused;
    }

    /** The line the cursor is on (the newest when following), or null. */
    public LogLine selected() {
        List<LogLine> shown = filtered();
        if (shown.isEmpty()) {
            return null;
        }
        return shown.get(cursor < 0 ? shown.size() - 1 : Math.min(cursor, shown.size() - 1));
    }

    /** Where Enter on the selected line leads: its task's containers. */
    public Place jumpTarget() {
        LogLine l = selected();
        if (l == null || l.taskId() == null) {
            return null;
        }
        return Place.containers(query.cluster(), query.service(), l.taskId());
    }

    public int held() {
        return lines.size();
    }

    List<LogLine> filtered() {
        if (filter.isEmpty() || filter.equals("!")) {
            return new ArrayList<>(lines);
        }
        boolean invert = filter.startsWith("!");
        String needle = (invert ? filter.substring(1) : filter).toLowerCase(Locale.ROOT);
        List<LogLine> out = new ArrayList<>();
        for (LogLine l : lines) {
            if (l.message().toLowerCase(Locale.ROOT).contains(needle) != invert) {
                out.add(l);
            }
        }
        return out;
    }

    /** "follow · since 15m · 1,234 lines · wrap": the state line above the logs. */
    public StyledLine header() {
        StyledLine.Builder b = StyledLine.builder();
        b.add(" logs ", Tone.ACCENT).add(subject(), Tone.STRONG);
        b.add("  ");
        b.add(paused ? "PAUSED" : follow ? "FOLLOW" : "SCROLL", paused ? Tone.WARN : follow ? Tone.GOOD : Tone.ACCENT);
        b.add(" · since " + sinceText(query.since()), Tone.DIM);
        b.add(" · " + lines.size() + " lines", Tone.DIM);
        if (!filter.isEmpty()) {
            b.add(" · filter " + filter, Tone.WARN);
        }
        if (wrap) {
            b.add(" · wrap", Tone.DIM);
        }
        if (status != null) {
            b.add(" · " + status.mode().name().toLowerCase(Locale.ROOT), Tone.DIM);
            if (status.dropped() > 0) {
                b.add(" · " + status.dropped() + " dropped", Tone.WARN);
            }
            if (status.problem() != null) {
                b.add(" · " + status.problem().message(), Tone.BAD);
            }
        }
        return b.build();
    }

    private String subject() {
        String s = query.service() != null ? query.service() : "";
        if (query.taskId() != null) {
            s += (s.isEmpty() ? "" : "/") + Place.shortId(query.taskId());
        } else {
            s += " (all tasks)";
        }
        if (query.container() != null) {
            s += "/" + query.container();
        }
        return s;
    }

    static String sinceText(Duration d) {
        if (d == null || d.isZero()) {
            return "now";
        }
        return d.toHours() >= 1 && d.toMinutesPart() == 0 ? d.toHours() + "h" : d.toMinutes() + "m";
    }

    /** The rows that fit in {@code width} × {@code height}, newest at the bottom. */
    public List<StyledLine> render(int width, int height) {
        List<LogLine> shown = filtered();
        if (shown.isEmpty()) {
            String why = lines.isEmpty() ? (status != null && status.mode() == TailStatus.Mode.STARTING ? " waiting for the first lines…"
                    : " no log lines in this window (keys 1-6 look further back)") : " no line matches the filter";
            return List.of(StyledLine.of(why, Tone.DIM));
        }
        int sel = cursor < 0 ? shown.size() - 1 : Math.min(cursor, shown.size() - 1);
        boolean labelTasks = query.taskId() == null;
        // Lay out upward from the selected line (or the newest), then downward if room is left.
        List<StyledLine> above = new ArrayList<>();
        int i = sel;
        int used = 0;
        while (i >= 0 && used < height) {
            List<StyledLine> rows = rows(shown.get(i), width, labelTasks, i == sel && !follow);
            for (int r = rows.size() - 1; r >= 0 && used < height; r--) {
                above.add(0, rows.get(r));
                used++;
            }
            i--;
        }
        int j = sel + 1;
        while (j < shown.size() && used < height) {
            for (StyledLine row : rows(shown.get(j), width, labelTasks, false)) {
                if (used < height) {
                    above.add(row);
                    used++;
                }
            }
            j++;
        }
        return above;
    }

    private List<StyledLine> rows(LogLine l, int width, boolean labelTasks, boolean selected) {
        StyledLine.Builder b = StyledLine.builder();
        if (timestamps) {
            b.add(TIME.format(Instant.ofEpochMilli(l.timestamp())) + " ", Tone.DIM);
        }
        if (labelTasks && l.taskId() != null) {
            b.add(Place.shortId(l.taskId()) + " ", taskTone(l.taskId()));
        }
        if (query.container() == null && l.container() != null && labelTasks) {
            b.add(l.container() + " ", Tone.DIM);
        }
        b.add(l.message(), severityTone(l));
        StyledLine line = b.build().highlight(selected);
        return wrap ? line.wrap(width) : List.of(line);
    }

    private Tone taskTone(String taskId) {
        return taskTones.computeIfAbsent(taskId, id -> TASK_TONES[taskTones.size() % TASK_TONES.length]);
    }

    static Tone severityTone(LogLine l) {
        return switch (l.severity()) {
            case CRITICAL, ERROR -> Tone.BAD;
            case WARN -> Tone.WARN;
            case DEBUG -> Tone.DIM;
            default -> Tone.NORMAL;
        };
    }
}
