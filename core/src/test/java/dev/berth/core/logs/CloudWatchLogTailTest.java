package dev.berth.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.config.LogSettings;
import dev.berth.core.model.LogLine;
import dev.berth.core.testing.LogBatches;
import dev.berth.core.model.Severity;
import dev.berth.core.testing.SchedulerClock;
import io.reactivex.rxjava3.schedulers.TestScheduler;
import io.reactivex.rxjava3.subscribers.TestSubscriber;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudWatchLogTailTest {
    private static final String GROUP = "/ecs/web";
    private final TestScheduler scheduler = new TestScheduler();
    private final SchedulerClock clock = new SchedulerClock(scheduler, Instant.parse("2025-03-01T12:00:00Z"));
    private final FakeLogGroups logs = new FakeLogGroups(clock, 500);
    private final LogTargets threeTasks = q -> List.of(
            new LogTarget(GROUP, "web/web/t1", "t1", "web"),
            new LogTarget(GROUP, "web/web/t2", "t2", "web"),
            new LogTarget(GROUP, "web/sidecar/t1", "t1", "sidecar"));

    private CloudWatchLogTail tail(LogQuery q, LogSettings settings) {
        return new CloudWatchLogTail(q, logs, threeTasks, settings, scheduler, clock);
    }

    private static List<LogLine> lines(TestSubscriber<LogBatch> s) {
        return LogBatches.held(s.values());
    }

    /** Writes {@code perSecond} events a second for {@code seconds}, each arriving up to {@code maxLateMs} late. */
    private void writeTraffic(int perSecond, int seconds, int maxLateMs, long seed) {
        Random r = new Random(seed);
        String[] streams = {"web/web/t1", "web/web/t2", "web/sidecar/t1"};
        long start = clock.millis();
        for (int s = 0; s < seconds; s++) {
            for (int i = 0; i < perSecond; i++) {
                long ts = start + s * 1000L + i * (1000L / perSecond);
                logs.put(GROUP, streams[r.nextInt(3)], ts, ts + r.nextInt(maxLateMs + 1), "line " + s + "/" + i);
            }
        }
    }

    @Test
    void lateEventsAreNeitherLostNorRepeatedAndComeInTimeOrder() {
        writeTraffic(100, 60, 3000, 7);
        CloudWatchLogTail tail = tail(LogQuery.service("prod", "web").withSince(Duration.ZERO), LogSettings.defaults());
        TestSubscriber<LogBatch> viewer = tail.batches().test();
        scheduler.advanceTimeBy(70, TimeUnit.SECONDS);

        List<LogLine> got = lines(viewer);
        Set<String> ids = new HashSet<>();
        got.forEach(l -> ids.add(l.eventId()));
        assertThat(ids).as("no duplicates").hasSize(got.size());
        assertThat(got).as("no loss").hasSize(6000);
        assertThat(got).extracting(LogLine::timestamp).as("time order").isSorted();
        assertThat(logs.requests).as("every poll of one group is one FilterLogEvents with all its streams")
                .allSatisfy(r -> assertThat(r.streams()).hasSize(3));
        assertThat(logs.requests.get(logs.requests.size() - 1).startTime())
                .as("polls overlap by at least the lateness seen, not the whole window")
                .isGreaterThan(clock.millis() - 20_000);
    }

    @Test
    void linesAreLabelledWithTaskContainerAndSeverity() {
        long now = clock.millis();
        logs.put(GROUP, "web/sidecar/t1", now - 1000, now - 900, "{\"level\":\"error\",\"msg\":\"db down\"}");
        CloudWatchLogTail tail = tail(LogQuery.service("prod", "web"), LogSettings.defaults());
        TestSubscriber<LogBatch> viewer = tail.batches().test();
        scheduler.advanceTimeBy(3, TimeUnit.SECONDS);
        assertThat(lines(viewer)).singleElement().satisfies(l -> {
            assertThat(l.taskId()).isEqualTo("t1");
            assertThat(l.container()).isEqualTo("sidecar");
            assertThat(l.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void theFilterPatternGoesToTheServerAndTheRegexIsAppliedHere() {
        long now = clock.millis();
        logs.put(GROUP, "web/web/t1", now - 3000, now - 3000, "GET /health 200");
        logs.put(GROUP, "web/web/t1", now - 2000, now - 2000, "GET /orders 500");
        logs.put(GROUP, "web/web/t2", now - 1000, now - 1000, "POST /orders 201");
        CloudWatchLogTail tail = tail(LogQuery.service("prod", "web").withFilterPattern("orders").withRegex("5\\d\\d$"),
                LogSettings.defaults());
        TestSubscriber<LogBatch> viewer = tail.batches().test();
        scheduler.advanceTimeBy(3, TimeUnit.SECONDS);
        assertThat(logs.requests).allSatisfy(r -> assertThat(r.filterPattern()).isEqualTo("orders"));
        assertThat(lines(viewer)).extracting(LogLine::message).containsExactly("GET /orders 500");
    }

    @Test
    void oneContainerOnlyWhenTheQueryNamesIt() {
        long now = clock.millis();
        logs.put(GROUP, "web/web/t1", now - 3000, now - 3000, "from web");
        logs.put(GROUP, "web/sidecar/t1", now - 2000, now - 2000, "from sidecar");
        CloudWatchLogTail tail = tail(LogQuery.task("prod", "web", "t1").withContainer("sidecar"), LogSettings.defaults());
        TestSubscriber<LogBatch> viewer = tail.batches().test();
        scheduler.advanceTimeBy(3, TimeUnit.SECONDS);
        assertThat(logs.requests).allSatisfy(r -> assertThat(r.streams()).containsExactly("web/sidecar/t1"));
        assertThat(lines(viewer)).extracting(LogLine::message).containsExactly("from sidecar");
    }

    @Test
    void withoutLiveTailTheTailPollsAndSaysSo() {
        CloudWatchLogTail tail = tail(LogQuery.service("prod", "web"), LogSettings.defaults());
        TestSubscriber<TailStatus> status = new TestSubscriber<>();
        tail.status().subscribe(status::onNext);
        scheduler.triggerActions();
        assertThat(status.values().get(status.values().size() - 1).mode()).isEqualTo(TailStatus.Mode.POLLING);
    }

    @Test
    void liveEventsThenPollingAfterSamplingNeverRepeatALine() {
        logs.liveSupported = true;
        CloudWatchLogTail tail = tail(LogQuery.service("prod", "web").withSince(Duration.ZERO), LogSettings.defaults());
        TestSubscriber<LogBatch> viewer = tail.batches().test();
        TestSubscriber<TailStatus> status = new TestSubscriber<>();
        tail.status().subscribe(status::onNext);
        scheduler.triggerActions();
        assertThat(status.values().get(status.values().size() - 1).mode()).isEqualTo(TailStatus.Mode.LIVE);

        long now = clock.millis();
        logs.put(GROUP, "web/web/t1", now + 100, now + 150, "same text");
        logs.put(GROUP, "web/web/t1", now + 100, now + 150, "same text");
        logs.put(GROUP, "web/web/t2", now + 200, now + 250, "other");
        scheduler.advanceTimeBy(1, TimeUnit.SECONDS);
        List<RawEvent> asLive = logs.all().stream()
                .map(e -> new RawEvent(null, e.logGroup(), e.logStream(), e.timestamp(), e.ingestionTime(), e.message()))
                .toList();
        logs.liveListener.onEvents(asLive.subList(0, 2), false);
        logs.liveListener.onEvents(asLive.subList(2, 3), true);
        logs.put(GROUP, "web/web/t2", now + 1200, now + 1250, "after the switch");
        scheduler.advanceTimeBy(3, TimeUnit.SECONDS);

        assertThat(status.values().get(status.values().size() - 1).mode()).isEqualTo(TailStatus.Mode.POLLING);
        assertThat(lines(viewer)).extracting(LogLine::message)
                .containsExactly("same text", "same text", "other", "after the switch");
    }

    @Test
    void theBufferKeepsTheNewestLinesAndCountsWhatItDropped() {
        writeTraffic(100, 30, 0, 3);
        LogSettings small = new LogSettings(1000, null, null);
        CloudWatchLogTail tail = tail(LogQuery.service("prod", "web").withSince(Duration.ZERO), small);
        TestSubscriber<TailStatus> status = new TestSubscriber<>();
        tail.status().subscribe(status::onNext);
        scheduler.advanceTimeBy(40, TimeUnit.SECONDS);
        TailStatus last = status.values().get(status.values().size() - 1);
        assertThat(last.buffered()).isEqualTo(1000);
        assertThat(last.dropped()).isEqualTo(2000);

        TestSubscriber<LogBatch> late = tail.batches().test();
        scheduler.triggerActions();
        assertThat(late.values()).first().satisfies(b -> {
            assertThat(b.reset()).isTrue();
            assertThat(b.lines()).hasSize(1000);
            assertThat(b.lines().get(999).message()).isEqualTo("line 29/99");
        });
    }

    @Test
    void aSlowSubscriberGetsWhatWaitedAsOneBatchWhenItAsks() {
        writeTraffic(10, 10, 0, 5);
        CloudWatchLogTail tail = tail(LogQuery.service("prod", "web").withSince(Duration.ZERO), LogSettings.defaults());
        TestSubscriber<LogBatch> slow = tail.batches().test(1);
        scheduler.advanceTimeBy(12, TimeUnit.SECONDS);
        assertThat(slow.values()).hasSize(1);
        slow.request(1);
        scheduler.triggerActions();
        assertThat(slow.values()).hasSize(2);
        assertThat(lines(slow)).hasSize(100);
    }

    @Test
    void pausedTailsKeepFetchingButDeliverOnlyOnResume() {
        CloudWatchLogTail tail = tail(LogQuery.service("prod", "web").withSince(Duration.ZERO), LogSettings.defaults());
        TestSubscriber<LogBatch> viewer = tail.batches().test();
        scheduler.triggerActions();
        tail.pause();
        long now = clock.millis();
        logs.put(GROUP, "web/web/t1", now + 10, now + 10, "while paused");
        scheduler.advanceTimeBy(3, TimeUnit.SECONDS);
        assertThat(lines(viewer)).isEmpty();
        tail.resume();
        scheduler.triggerActions();
        assertThat(lines(viewer)).extracting(LogLine::message).containsExactly("while paused");
    }

    @Test
    void aWindowWithoutFollowEndsTheStream() {
        writeTraffic(5, 4, 0, 9);
        scheduler.advanceTimeBy(5, TimeUnit.SECONDS);
        CloudWatchLogTail tail = tail(LogQuery.service("prod", "web").withSince(Duration.ofMinutes(1)).withFollow(false),
                LogSettings.defaults());
        TestSubscriber<LogBatch> viewer = tail.batches().test();
        scheduler.triggerActions();
        assertThat(lines(viewer)).hasSize(20);
        viewer.assertComplete();
    }

    @Test
    void savedFilesHoldOneLabelledLinePerEvent(@TempDir Path dir) throws Exception {
        long now = clock.millis();
        logs.put(GROUP, "web/web/t2", now - 500, now - 400, "hello\nworld");
        CloudWatchLogTail tail = tail(LogQuery.service("prod", "web"), LogSettings.defaults());
        tail.batches().test();
        scheduler.advanceTimeBy(3, TimeUnit.SECONDS);
        Path file = dir.resolve("web.log");
        tail.saveTo(file);
        assertThat(Files.readAllLines(file)).containsExactly(Instant.ofEpochMilli(now - 500) + " t2 web hello world");
    }
}
