package dev.berth.desktop.logs;

import dev.berth.core.Session;
import dev.berth.core.logs.LogBatch;
import dev.berth.core.logs.LogQuery;
import dev.berth.core.logs.LogTail;
import dev.berth.core.logs.TailStatus;
import dev.berth.core.model.LogLine;
import dev.berth.core.model.Severity;
import dev.berth.desktop.fx.Coalescer;
import dev.berth.desktop.fx.Follower;
import dev.berth.desktop.fx.RowList;
import dev.berth.desktop.fx.Tone;
import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.disposables.CompositeDisposable;
import io.reactivex.rxjava3.disposables.Disposable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A log tail as the screen holds it: a bounded list of lines (oldest dropped first), appended in
 * one batch per UI turn however fast lines arrive; follow/pause, the since window and the
 * CloudWatch filter pattern restart the tail; the local search only highlights and jumps. Nothing
 * is tailed until {@link #follow}.
 */
public final class LogsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(LogsViewModel.class);
    /** The most lines a view holds; the tail itself keeps the same bound. */
    public static final int MAX_LINES = 100_000;

    private final Session session;
    private final Scheduler ui;
    private final Scheduler io;
    private final int maxLines;
    /** Trimmed at the bound by ranges: JavaFX's own list would remove the oldest lines one by one. */
    private final RowList<LogLine> lines = new RowList<>();
    private final BooleanProperty following = new SimpleBooleanProperty(true);
    private final ObjectProperty<Duration> since = new SimpleObjectProperty<>();
    private final StringProperty filterPattern = new SimpleStringProperty("");
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Pattern> searchPattern = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty matches = new SimpleIntegerProperty();
    private final StringProperty status = new SimpleStringProperty("starting…");
    private final StringProperty message = new SimpleStringProperty();
    private final BooleanProperty wrap = new SimpleBooleanProperty(false);
    private final BooleanProperty timestamps = new SimpleBooleanProperty(true);
    private final Follower<LogQuery> follower;
    private Consumer<String> openTask = id -> { };
    private LogQuery query;
    private LogTail tail;

    public LogsViewModel(Session session, Scheduler ui, Scheduler io) {
        this(session, ui, io, MAX_LINES);
    }

    public LogsViewModel(Session session, Scheduler ui, Scheduler io, int maxLines) {
        this.session = session;
        this.ui = ui;
        this.io = io;
        this.maxLines = maxLines;
        this.follower = new Follower<>(this::forget, q -> start());
        search.addListener((o, a, b) -> updateSearch(b));
        following.addListener((o, a, b) -> {
            if (tail != null) {
                if (b) {
                    tail.resume();
                } else {
                    tail.pause();
                }
            }
        });
    }

    /**
     * Tails these logs (the tab is shown). Another query than the last one starts over from its own
     * since window and filter pattern; the same one resumes with the window and pattern chosen since.
     */
    public void follow(LogQuery start) {
        follower.follow(start);
    }

    /** Stops the tail (the tab is hidden); the lines stay until it starts again. */
    public void stop() {
        follower.stop();
    }

    /** Stops the tail and lets its lines go (up to {@link #MAX_LINES}: not worth holding for a resource left). */
    public void release() {
        follower.stop();
        lines.clear();
        matches.set(0);
    }

    private void forget(LogQuery next) {
        query = next;
        since.set(next.since());
        filterPattern.set(next.filterPattern() == null ? "" : next.filterPattern());
        following.set(next.follow());
        lines.clear();
        matches.set(0);
        status.set("starting…");
        message.set(null);
    }

    private Disposable start() {
        lines.clear();
        matches.set(0);
        LogTail t = session.logs(query);
        tail = t;
        // Batches still queued from a tail that has been closed belong to another query: they are dropped.
        Coalescer<LogBatch> coalescer = new Coalescer<>(ui, b -> {
            if (tail == t) {
                apply(b);
            }
        });
        CompositeDisposable subscriptions = new CompositeDisposable();
        subscriptions.add(t.batches().subscribe(b -> coalescer.add(List.of(b)),
                e -> ui.scheduleDirect(() -> message.set("Log tail stopped: " + e.getMessage()))));
        subscriptions.add(t.status().observeOn(ui).subscribe(this::showStatus, e -> { }));
        if (!following.get()) {
            t.pause();
        }
        return Disposable.fromAction(() -> {
            subscriptions.dispose();
            t.close();
            if (tail == t) {
                tail = null;
            }
        });
    }

    /** Applies the batches gathered since the last UI turn as one list change (plus one trim). */
    private void apply(List<LogBatch> batches) {
        List<LogLine> add = new ArrayList<>();
        boolean reset = false;
        for (LogBatch b : batches) {
            if (b.reset()) {
                reset = true;
                add.clear();
            }
            add.addAll(b.lines());
        }
        if (add.size() > maxLines) {
            add = add.subList(add.size() - maxLines, add.size());
        }
        Pattern p = searchPattern.get();
        if (reset) {
            lines.setAll(add);
            matches.set(count(p, add));
            return;
        }
        int overflow = lines.size() + add.size() - maxLines;
        if (overflow > 0) {
            int gone = count(p, lines.subList(0, overflow));
            lines.remove(0, overflow);
            matches.set(matches.get() - gone);
        }
        lines.addAll(add);
        matches.set(matches.get() + count(p, add));
    }

    private static int count(Pattern p, List<LogLine> in) {
        if (p == null) {
            return 0;
        }
        int n = 0;
        for (LogLine l : in) {
            if (p.matcher(l.message()).find()) {
                n++;
            }
        }
        return n;
    }

    private void showStatus(TailStatus s) {
        String mode = switch (s.mode()) {
            case STARTING -> "starting";
            case LIVE -> "live";
            case POLLING -> "polling";
            case DONE -> "done";
        };
        String text = (s.paused() ? "paused · " : "") + mode + " · " + String.format("%,d", s.buffered()) + " lines"
                + (s.dropped() > 0 ? " · " + String.format("%,d", s.dropped()) + " dropped" : "");
        status.set(s.problem() == null ? text : text + " · " + s.problem().message());
    }

    private void updateSearch(String text) {
        if (text == null || text.isBlank()) {
            searchPattern.set(null);
        } else {
            try {
                searchPattern.set(Pattern.compile(text, Pattern.CASE_INSENSITIVE));
            } catch (PatternSyntaxException e) {
                searchPattern.set(Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE));
            }
        }
        recountMatches();
    }

    private void recountMatches() {
        matches.set(count(searchPattern.get(), lines));
    }

    /** The index of the next line matching the search after (or before) {@code from}, wrapping; -1 if none. */
    public int nextMatch(int from, boolean forward) {
        Pattern p = searchPattern.get();
        int size = lines.size();
        if (p == null || size == 0) {
            return -1;
        }
        for (int step = 1; step <= size; step++) {
            int i = Math.floorMod(from + (forward ? step : -step), size);
            if (p.matcher(lines.get(i).message()).find()) {
                return i;
            }
        }
        return -1;
    }

    /** Restarts the tail from {@code window} ago; zero means from now on. */
    public void setSince(Duration window) {
        since.set(window);
        query = query.withSince(window);
        follower.restart();
    }

    /** Restarts the tail with a CloudWatch filter pattern (sent to the server). */
    public void applyFilterPattern() {
        String p = filterPattern.get() == null ? "" : filterPattern.get().strip();
        query = query.withFilterPattern(p.isEmpty() ? null : p);
        follower.restart();
    }

    public void toggleFollow() {
        following.set(!following.get());
    }

    /** Writes the buffered lines to {@code file} off the UI thread; the outcome shows as the message. */
    public Completable save(Path file) {
        LogTail t = tail;
        if (t == null) {
            message.set("The logs are not being tailed: nothing to save");
            return Completable.complete();
        }
        return Completable.fromAction(() -> t.saveTo(file))
                .subscribeOn(io)
                .observeOn(ui)
                .doOnComplete(() -> message.set("Saved " + String.format("%,d", lines.size()) + " lines to " + file))
                .doOnError(e -> {
                    LOG.warn("saving logs to {} failed", file, e);
                    message.set("Could not save to " + file + ": " + e.getMessage());
                })
                .onErrorComplete();
    }

    /** Opens the task a line came from (Enter on a line, or a click on its task label). */
    public void openTaskOf(LogLine line) {
        if (line != null && line.taskId() != null) {
            openTask.accept(line.taskId());
        }
    }

    public void setOnOpenTask(Consumer<String> c) {
        openTask = c;
    }

    public static Tone tone(Severity s) {
        return switch (s) {
            case CRITICAL, ERROR -> Tone.BAD;
            case WARN -> Tone.WARN;
            case DEBUG -> Tone.MUTED;
            case INFO, UNKNOWN -> Tone.NEUTRAL;
        };
    }

    /** True when lines of several tasks are merged, so each line is labelled with its task. */
    public boolean merged() {
        return query.taskId() == null;
    }

    public LogQuery query() {
        return query;
    }

    public ObservableList<LogLine> lines() {
        return lines;
    }

    public BooleanProperty followingProperty() {
        return following;
    }

    public ObjectProperty<Duration> sinceProperty() {
        return since;
    }

    public StringProperty filterPatternProperty() {
        return filterPattern;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyObjectProperty<Pattern> searchPatternProperty() {
        return searchPattern.getReadOnlyProperty();
    }

    public IntegerProperty matchesProperty() {
        return matches;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty wrapProperty() {
        return wrap;
    }

    public BooleanProperty timestampsProperty() {
        return timestamps;
    }

    public void dispose() {
        follower.dispose();
    }
}
