package dev.berth.core.logs;

import dev.berth.core.BerthException;
import dev.berth.core.config.LogSettings;
import dev.berth.core.model.LogLine;
import dev.berth.core.watch.Problem;
import io.reactivex.rxjava3.core.BackpressureStrategy;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.disposables.Disposable;
import io.reactivex.rxjava3.subjects.BehaviorSubject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tail of CloudWatch Logs for a task, a container or a whole service. It uses StartLiveTail when
 * the endpoint offers it and polls FilterLogEvents otherwise (and whenever the live session fails
 * or CloudWatch starts sampling). Polls overlap: each asks again from a little before the newest
 * event seen per log group, as far back as events have been seen arriving late (never less than
 * {@link #MIN_OVERLAP}), and event ids remove what was already delivered, so no line is lost or
 * repeated. Lines older events may still precede (by the worst lateness seen) are held back that
 * long, so lines come in time order across batches. All state lives on one scheduler worker.
 */
public final class CloudWatchLogTail implements LogTail {
    private static final Logger LOG = LoggerFactory.getLogger(CloudWatchLogTail.class);
    static final Duration MIN_OVERLAP = Duration.ofSeconds(5);
    static final Duration MAX_OVERLAP = Duration.ofMinutes(2);
    static final Duration RETARGET_EVERY = Duration.ofSeconds(15);
    private static final Comparator<LogLine> TIME_ORDER = Comparator.comparingLong(LogLine::timestamp)
            .thenComparingLong(LogLine::ingestionTime).thenComparing(LogLine::logStream, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(LogLine::eventId);

    private final LogQuery query;
    private final LogEvents events;
    private final LogTargets targets;
    private final LogSettings settings;
    private final Clock clock;
    private final Scheduler.Worker worker;
    private final Pattern regex;
    private final LogBuffer buffer;
    private final EventDeduper deduper = new EventDeduper();
    private final List<Outlet> outlets = new CopyOnWriteArrayList<>();
    /** A new subscriber's first batch (the buffer) and the lines offered after it must not overlap. */
    private final Object delivery = new Object();
    private final BehaviorSubject<TailStatus> status;
    private final long initialStart;
    /** Newest event timestamp seen per log group: where the next poll of that group starts (minus the overlap). */
    private final Map<String, Long> newest = new HashMap<>();
    private final List<LogLine> held = new ArrayList<>();
    private final LatenessWindow lateness = new LatenessWindow();

    private long newestIngestion;
    /** Ids of events older than this are forgotten, so no poll may start earlier. */
    private long forgottenBefore;
    private Instant newestIngestionAt;
    private Map<String, LogTarget> byStream = Map.of();
    private Instant targetedAt;
    private TailStatus.Mode mode = TailStatus.Mode.STARTING;
    private AutoCloseable live;
    private Disposable nextPoll;
    private Problem problem;
    /** Live tail is tried until the endpoint refuses it, a session fails, or CloudWatch samples. */
    private boolean liveAllowed = true;
    /** A live session is confirmed and feeding the tail: polling rests. */
    private boolean liveConfirmed;
    private volatile boolean paused;
    private volatile boolean closed;

    /**
     * @throws BerthException (kind INVALID) when the query's regex does not compile
     */
    public CloudWatchLogTail(LogQuery query, LogEvents events, LogTargets targets, LogSettings settings,
                             Scheduler scheduler, Clock clock) {
        this.query = query;
        this.events = events;
        this.targets = targets;
        this.settings = settings;
        this.clock = clock;
        this.worker = scheduler.createWorker();
        this.regex = compile(query.regex());
        this.buffer = new LogBuffer(settings.bufferLines());
        Instant now = clock.instant();
        this.initialStart = (query.from() != null ? query.from() : now.minus(query.since())).toEpochMilli();
        this.forgottenBefore = initialStart;
        this.status = BehaviorSubject.createDefault(currentStatus());
        worker.schedule(guarded(this::start));
    }

    private static Pattern compile(String regex) {
        if (regex == null || regex.isBlank()) {
            return null;
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new BerthException(Problem.Kind.INVALID, "invalid regex '" + regex + "': " + e.getDescription(), e);
        }
    }

    @Override
    public LogQuery query() {
        return query;
    }

    @Override
    public Flowable<LogBatch> batches() {
        return Flowable.<LogBatch>create(emitter -> {
            Outlet o;
            synchronized (delivery) {
                o = new Outlet(emitter, settings.bufferLines(), buffer::snapshot, buffer.snapshot());
                outlets.add(o);
            }
            emitter.setCancellable(() -> outlets.remove(o));
            o.drain(paused);
            if (mode == TailStatus.Mode.DONE) {
                o.complete();
            }
        }, BackpressureStrategy.MISSING).doOnRequest(n -> worker.schedule(this::drainAll));
    }

    /** Called when a subscriber asks for more: hand over what waits, on the tail's worker. */
    private void drainAll() {
        for (Outlet o : outlets) {
            o.drain(paused);
        }
    }

    @Override
    public Observable<TailStatus> status() {
        return status.distinctUntilChanged();
    }

    @Override
    public void pause() {
        paused = true;
        publishStatus();
    }

    @Override
    public void resume() {
        paused = false;
        worker.schedule(this::drainAll);
        publishStatus();
    }

    @Override
    public void saveTo(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (LogLine l : buffer.snapshot()) {
                w.write(Instant.ofEpochMilli(l.timestamp()).toString());
                w.write(' ');
                w.write(l.taskId() == null ? "-" : l.taskId());
                w.write(' ');
                w.write(l.container() == null ? "-" : l.container());
                w.write(' ');
                w.write(l.message().replace('\n', ' '));
                w.newLine();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        worker.schedule(() -> {
            stopLive();
            mode = TailStatus.Mode.DONE;
            publishStatus();
            worker.dispose();
        });
    }

    // ---- on the worker from here on

    private void start() {
        if (!retarget()) {
            mode = TailStatus.Mode.POLLING;
            scheduleNext(settings.pollInterval());
            return;
        }
        pollOnce();
        if (!query.follow()) {
            finish();
            return;
        }
        mode = TailStatus.Mode.POLLING;
        publishStatus();
        if (settings.liveTail()) {
            tryLive();
        }
        scheduleNext(settings.pollInterval());
    }

    /** Re-reads which streams the query covers; false when that failed and there is nothing to poll yet. */
    private boolean retarget() {
        try {
            Map<String, LogTarget> found = new LinkedHashMap<>();
            for (LogTarget t : targets.resolve(query)) {
                if (query.container() == null || query.container().equals(t.container())) {
                    found.put(t.logGroup() + '\u0000' + t.logStream(), t);
                }
            }
            boolean changed = !found.keySet().equals(byStream.keySet());
            byStream = found;
            targetedAt = clock.instant();
            if (changed && live != null) {
                // The live session covers the old streams only: go back to polling, which restarts live.
                stopLive();
                mode = TailStatus.Mode.POLLING;
            }
            return true;
        } catch (BerthException e) {
            report(e);
            return !byStream.isEmpty();
        }
    }

    private void poll() {
        if (closed || liveConfirmed) {
            return;
        }
        Instant began = clock.instant();
        if (targetedAt == null || !began.isBefore(targetedAt.plus(RETARGET_EVERY))) {
            retarget();
        }
        pollOnce();
        if (live == null && liveAllowed && settings.liveTail()) {
            tryLive();
        }
        // Polls start an interval apart, however long each took (a busy tail pages a lot).
        Duration left = settings.pollInterval().minus(Duration.between(began, clock.instant()));
        scheduleNext(left.isNegative() ? Duration.ZERO : left);
    }

    /** One round of FilterLogEvents over every group, every page. */
    private void pollOnce() {
        Map<String, List<String>> streamsByGroup = new LinkedHashMap<>();
        for (LogTarget t : byStream.values()) {
            streamsByGroup.computeIfAbsent(t.logGroup(), g -> new ArrayList<>()).add(t.logStream());
        }
        List<RawEvent> got = new ArrayList<>();
        boolean ok = true;
        long overlap = overlap().toMillis();
        for (Map.Entry<String, List<String>> g : streamsByGroup.entrySet()) {
            Long seen = newest.get(g.getKey());
            long start = seen == null ? initialStart : Math.max(forgottenBefore, seen - overlap);
            List<String> streams = g.getValue();
            for (int i = 0; i < streams.size(); i += FilterRequest.MAX_STREAMS) {
                FilterRequest req = new FilterRequest(g.getKey(), streams.subList(i, Math.min(streams.size(), i + FilterRequest.MAX_STREAMS)),
                        start, query.filterPattern(), null);
                try {
                    String token = null;
                    do {
                        EventPage page = events.filter(req.withToken(token));
                        got.addAll(page.events());
                        token = page.nextToken();
                    } while (token != null && !closed);
                } catch (BerthException e) {
                    report(e);
                    ok = false;
                }
            }
        }
        if (ok && problem != null) {
            problem = null;
        }
        ingest(got);
        forgetOld();
    }

    private Duration overlap() {
        Duration seen = lateness.maxLateness().multipliedBy(2);
        if (seen.compareTo(MIN_OVERLAP) < 0) {
            return MIN_OVERLAP;
        }
        return seen.compareTo(MAX_OVERLAP) > 0 ? MAX_OVERLAP : seen;
    }

    /**
     * Forgets delivered ids the next poll cannot return again. The next poll never starts before
     * what was forgotten, even if the overlap grows, so nothing forgotten is fetched twice.
     */
    private void forgetOld() {
        long oldestStart = newest.values().stream().mapToLong(Long::longValue).min().orElse(initialStart)
                - overlap().toMillis();
        forgottenBefore = Math.max(forgottenBefore, oldestStart);
        deduper.forgetBefore(forgottenBefore);
    }

    /** New events (polled or live): de-duplicated, labelled, filtered, then held or delivered in time order. */
    private void ingest(List<RawEvent> got) {
        Instant now = clock.instant();
        for (RawEvent e : got) {
            if (!deduper.firstTime(e)) {
                continue;
            }
            newest.merge(e.logGroup(), e.timestamp(), Math::max);
            if (e.ingestionTime() > 0) {
                lateness.observe(e.ingestionTime() - e.timestamp());
                if (e.ingestionTime() > newestIngestion) {
                    newestIngestion = e.ingestionTime();
                    newestIngestionAt = now;
                }
            }
            LogTarget t = byStream.get(e.logGroup() + '\u0000' + e.logStream());
            if (regex != null && !regex.matcher(e.message()).find()) {
                continue;
            }
            String id = e.eventId() != null ? e.eventId()
                    : "live-" + e.logStream() + "-" + e.timestamp() + "-" + Integer.toHexString(e.message().hashCode())
                    + "-" + deduper.remembered();
            held.add(new LogLine(e.timestamp(), e.ingestionTime(), id, e.logGroup(), e.logStream(),
                    t == null ? taskIdOf(e.logStream()) : t.taskId(), t == null ? null : t.container(), e.message(),
                    SeverityDetector.detect(e.message())));
        }
        release(now);
    }

    /** Delivers held lines that no late neighbour can precede any more. */
    private void release(Instant now) {
        if (held.isEmpty()) {
            return;
        }
        // Events not seen yet were ingested after the newest ingestion seen, so their timestamps are
        // later than that minus the worst lateness: anything older is safe to show.
        // AWS's clock is estimated as the newest ingestion seen plus the local time since (so quiet
        // streams still release their lines); it never runs ahead of the real one.
        long holdback = lateness.holdback().toMillis();
        long serverNow = newestIngestionAt == null ? Long.MIN_VALUE
                : newestIngestion + Duration.between(newestIngestionAt, now).toMillis();
        long watermark = serverNow - holdback;
        List<LogLine> out = new ArrayList<>();
        held.removeIf(line -> {
            if (line.timestamp() <= watermark) {
                out.add(line);
                return true;
            }
            return false;
        });
        if (out.isEmpty()) {
            return;
        }
        out.sort(TIME_ORDER);
        synchronized (delivery) {
            buffer.addAll(out);
            for (Outlet o : outlets) {
                o.offer(out);
            }
        }
        drainAll();
        publishStatus();
    }

    private static String taskIdOf(String stream) {
        return stream == null ? null : stream.substring(stream.lastIndexOf('/') + 1);
    }

    /**
     * Asks for a live session; polling goes on until CloudWatch confirms it (an endpoint without
     * live tail may refuse only later, or never answer), and resumes when it ends.
     */
    private void tryLive() {
        List<String> groups = byStream.values().stream().map(LogTarget::logGroup).distinct().toList();
        List<String> streams = byStream.values().stream().map(LogTarget::logStream).toList();
        if (groups.isEmpty() || groups.size() > 10 || groups.size() == 1 && streams.size() > FilterRequest.MAX_STREAMS) {
            return;
        }
        try {
            live = events.liveTail(groups, groups.size() == 1 ? streams : List.of(), query.filterPattern(), new LiveListener() {
                @Override
                public void onStarted() {
                    worker.schedule(guarded(() -> liveStarted()));
                }

                @Override
                public void onEvents(List<RawEvent> batch, boolean sampled) {
                    worker.schedule(guarded(() -> liveEvents(batch, sampled)));
                }

                @Override
                public void onEnd(Throwable failure) {
                    worker.schedule(guarded(() -> liveEnded(failure)));
                }
            });
        } catch (BerthException e) {
            LOG.debug("no live tail, polling: {}", e.getMessage());
            liveAllowed = false;
        }
    }

    private void liveStarted() {
        if (closed || live == null) {
            return;
        }
        liveConfirmed = true;
        mode = TailStatus.Mode.LIVE;
        publishStatus();
    }

    private void liveEvents(List<RawEvent> batch, boolean sampled) {
        if (closed || live == null) {
            return;
        }
        ingest(batch);
        if (sampled) {
            // CloudWatch dropped events to keep the session light: only polling sees them all.
            LOG.info("live tail is sampling; switching to polling");
            liveAllowed = false;
            toPolling();
        }
    }

    private void liveEnded(Throwable failure) {
        if (closed || live == null) {
            return;
        }
        if (failure != null) {
            // A failed session is not retried: polling is slower but cannot be refused the same way twice.
            liveAllowed = false;
            LOG.debug("live tail ended: {}", failure.getMessage());
        }
        toPolling();
    }

    private void toPolling() {
        stopLive();
        mode = TailStatus.Mode.POLLING;
        publishStatus();
        scheduleNext(Duration.ZERO);
    }

    private void stopLive() {
        liveConfirmed = false;
        if (live != null) {
            try {
                live.close();
            } catch (Exception e) {
                LOG.debug("closing the live tail failed", e);
            }
            live = null;
        }
    }

    private void scheduleNext(Duration after) {
        if (closed) {
            return;
        }
        if (nextPoll != null) {
            nextPoll.dispose();
        }
        nextPoll = worker.schedule(guarded(this::poll), after.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void finish() {
        release(clock.instant().plus(MAX_OVERLAP));
        mode = TailStatus.Mode.DONE;
        publishStatus();
        outlets.forEach(Outlet::complete);
    }

    /**
     * Runs a step of the tail so that a bug shows as a one-line problem and the tail keeps polling,
     * instead of a stack trace from RxJava's error handler on the terminal.
     */
    private Runnable guarded(Runnable step) {
        return () -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                LOG.warn("the log tail of {} failed unexpectedly", query.service(), e);
                problem = new Problem(Problem.Kind.OTHER, "the log tail hit a problem (" + e.getClass().getSimpleName()
                        + "; see the log)", clock.instant());
                publishStatus();
                scheduleNext(settings.pollInterval());
            }
        };
    }

    private void report(BerthException e) {
        problem = new Problem(e.kind(), e.getMessage(), clock.instant());
        publishStatus();
    }

    private void publishStatus() {
        status.onNext(currentStatus());
    }

    private TailStatus currentStatus() {
        return new TailStatus(mode, paused, buffer == null ? 0 : buffer.size(), buffer == null ? 0 : buffer.dropped(), problem);
    }
}
