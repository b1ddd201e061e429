package dev.berth.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.Session;
import dev.berth.core.logs.LogBatch;
import dev.berth.core.logs.LogQuery;
import dev.berth.core.logs.LogTail;
import dev.berth.core.logs.TailStatus;
import dev.berth.core.model.LogLine;
import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxOptions;
import io.reactivex.rxjava3.subscribers.TestSubscriber;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log tail of a whole service against the sandbox, checked line by line against what the sandbox stored. */
class LogsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static Sandbox sandbox;
    private static SandboxSessions sessions;
    private static Session session;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("demo").withSpeed(5));
        sessions = new SandboxSessions(sandbox, dir);
        session = sessions.open();
    }

    @AfterAll
    static void stop() {
        session.close();
        sandbox.close();
    }

    private static List<LogLine> lines(TestSubscriber<LogBatch> s) {
        List<LogLine> out = new ArrayList<>();
        for (LogBatch b : s.values()) {
            if (b.reset()) {
                out.clear();
            }
            out.addAll(b.lines());
        }
        return out;
    }

    @Test
    void aWholeServiceMergedLosesNoLineRepeatsNoneAndKeepsTimeOrder() throws Exception {
        LogTail tail = session.logs(LogQuery.service("prod", "web").withSince(Duration.ofMinutes(2)));
        TestSubscriber<LogBatch> viewer = tail.batches().test();
        List<TailStatus> status = new ArrayList<>();
        tail.status().subscribe(status::add);
        await().atMost(Duration.ofSeconds(40)).until(() -> lines(viewer).size() > 200);
        await().pollDelay(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(9)).until(() -> true);
        tail.pause();
        List<LogLine> got = lines(viewer);
        tail.close();

        assertThat(status).extracting(TailStatus::mode).as("the sandbox has no live tail").doesNotContain(TailStatus.Mode.LIVE)
                .contains(TailStatus.Mode.POLLING);
        Set<String> ids = new HashSet<>();
        got.forEach(l -> ids.add(l.eventId()));
        assertThat(ids).as("no duplicates").hasSize(got.size());
        assertThat(got).extracting(LogLine::timestamp).as("time order").isSorted();
        assertThat(got).allSatisfy(l -> {
            assertThat(l.taskId()).isNotBlank();
            assertThat(l.container()).isEqualTo("web");
        });
        assertThat(got.stream().map(LogLine::taskId).distinct().count()).as("several tasks merged").isGreaterThan(1);

        long from = got.get(0).timestamp();
        long to = got.get(got.size() - 1).timestamp() - 10_000;
        JsonNode truth = JSON.readTree(sessions.get("logs/truth?group=/ecs/prod/web&from=" + from + "&to=" + to));
        List<String> stored = new ArrayList<>();
        truth.get("eventIds").forEach(n -> stored.add(n.asText()));
        List<String> delivered = got.stream().filter(l -> l.timestamp() < to).map(LogLine::eventId).toList();
        assertThat(stored).as("the sandbox stored lines in that window").isNotEmpty();
        assertThat(delivered).as("exactly what was stored, none lost").containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    void oneTaskOneContainerAndTheServerSideFilter() {
        String task = WatchersIT.first(session.tasks("prod", "search-api"), l -> l.stream().anyMatch(t -> "RUNNING".equals(t.lastStatus())))
                .stream().filter(t -> "RUNNING".equals(t.lastStatus())).findFirst().orElseThrow().id();
        LogTail tail = session.logs(LogQuery.task("prod", "search-api", task).withSince(Duration.ofMinutes(10))
                .withFilterPattern("ERROR").withFollow(false));
        TestSubscriber<LogBatch> viewer = tail.batches().test();
        viewer.awaitDone(30, java.util.concurrent.TimeUnit.SECONDS).assertComplete();
        List<LogLine> got = lines(viewer);
        assertThat(got).allSatisfy(l -> {
            assertThat(l.taskId()).isEqualTo(task);
            assertThat(l.message()).contains("ERROR");
        });
        tail.close();
    }
}
