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
import dev.berth.core.testing.LogBatches;
import dev.berth.sandbox.SandboxOptions;
import io.reactivex.rxjava3.subscribers.TestSubscriber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The log tail of a whole service against the sandbox, checked line by line against what the sandbox stored. */
class LogsIT {
    @RegisterExtension
    static final SandboxSessions sandbox = new SandboxSessions(SandboxOptions.defaults().withScenario("demo").withSpeed(5));

    private static Session session() {
        return sandbox.session();
    }
    private static final ObjectMapper JSON = new ObjectMapper();



    private static List<LogLine> lines(TestSubscriber<LogBatch> s) {
        return LogBatches.held(s.values());
    }

    @Test
    void aWholeServiceMergedLosesNoLineRepeatsNoneAndKeepsTimeOrder() throws Exception {
        LogTail tail = session().logs(LogQuery.service("prod", "web").withSince(Duration.ofMinutes(2)));
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
        JsonNode truth = JSON.readTree(sandbox.get("logs/truth?group=/ecs/prod/web&from=" + from + "&to=" + to));
        List<String> stored = new ArrayList<>();
        truth.get("eventIds").forEach(n -> stored.add(n.asText()));
        List<String> delivered = got.stream().filter(l -> l.timestamp() < to).map(LogLine::eventId).toList();
        assertThat(stored).as("the sandbox stored lines in that window").isNotEmpty();
        assertThat(delivered).as("exactly what was stored, none lost").containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    void oneTaskOneContainerAndTheServerSideFilter() {
        String task = WatchersIT.first(session().tasks("prod", "search-api"), l -> l.stream().anyMatch(t -> "RUNNING".equals(t.lastStatus())))
                .stream().filter(t -> "RUNNING".equals(t.lastStatus())).findFirst().orElseThrow().id();
        LogTail tail = session().logs(LogQuery.task("prod", "search-api", task).withSince(Duration.ofMinutes(10))
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
