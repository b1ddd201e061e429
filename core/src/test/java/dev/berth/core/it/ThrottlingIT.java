package dev.berth.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.berth.core.Session;
import dev.berth.core.SessionStatus;
import dev.berth.core.context.ConnectOptions;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.ServiceRow;
import dev.berth.core.watch.Problem;
import dev.berth.core.watch.Snapshot;
import dev.berth.sandbox.SandboxOptions;
import io.reactivex.rxjava3.observers.TestObserver;
import java.net.URI;
import io.reactivex.rxjava3.disposables.Disposable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Throttling and unreachable endpoints show as problems and status, never as a frozen or emptied view. */
class ThrottlingIT {
    @RegisterExtension
    static final SandboxSessions sandbox = new SandboxSessions(SandboxOptions.defaults().withScenario("sized")
            .withSize(new SandboxOptions.Size(1, 300, 0)).withSpeed(10));

    private static String cluster(Session s) {
        return WatchersIT.first(s.clusters(), l -> !l.isEmpty()).get(0).name();
    }

    @Test
    void underAwsLikeRateLimitsAFullDescribeIsNeverThrottled() {
        sandbox.post("knobs", "{\"rateLimits\": true, \"throttleRate\": 0}");
        try (Session s = sandbox.open()) {
            TestObserver<SessionStatus> status = s.status().test();
            List<ServiceRow> rows = WatchersIT.first(s.services(cluster(s)), l -> l.size() == 300 && l.stream().allMatch(ServiceRow::described));
            assertThat(rows).hasSize(300);
            assertThat(status.values()).noneMatch(SessionStatus::throttled);
            status.dispose();
        } finally {
            sandbox.post("knobs", "{\"rateLimits\": false}");
        }
    }

    @Test
    void slowAnswersGiveNoAllClearBeforeEveryServiceIsDescribed() {
        sandbox.post("knobs", "{\"latencyMillis\": 150}");
        try (Session s = sandbox.open()) {
            String name = cluster(s);
            List<Instant> allDescribed = new CopyOnWriteArrayList<>();
            Disposable services = s.services(name).subscribe(v -> {
                if (v.hasValue() && v.value().size() == 300 && v.value().stream().allMatch(ServiceRow::described)) {
                    allDescribed.add(Instant.now());
                }
            });
            List<Instant> answers = new CopyOnWriteArrayList<>();
            Disposable triage = s.triage(name).subscribe(v -> {
                if (v.hasValue()) {
                    assertThat(v.value()).as("the sized cluster is healthy").isEmpty();
                    answers.add(Instant.now());
                }
            });
            await().atMost(Duration.ofSeconds(60)).until(() -> !answers.isEmpty() && !allDescribed.isEmpty());
            assertThat(answers.get(0)).as("'nothing wrong' came before the last service was described")
                    .isAfterOrEqualTo(allDescribed.get(0));
            services.dispose();
            triage.dispose();
        } finally {
            sandbox.post("knobs", "{\"latencyMillis\": 0}");
        }
    }

    @Test
    void throttlingIsReportedAndTheViewKeepsItsRows() {
        try (Session s = sandbox.open()) {
            String name = cluster(s);
            TestObserver<Snapshot<List<ServiceRow>>> view = s.services(name).test();
            TestObserver<SessionStatus> status = s.status().test();
            await().atMost(Duration.ofSeconds(30)).until(() -> view.values().stream()
                    .anyMatch(v -> v.hasValue() && v.value().size() == 300 && v.value().stream().allMatch(ServiceRow::described)));
            int before = view.values().size();

            sandbox.post("knobs", "{\"throttleRate\": 0.9}");
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    s.refresh();
                    return status.values().stream().anyMatch(SessionStatus::throttled)
                            && view.values().stream().skip(before).anyMatch(v -> v.problem() != null
                            && v.problem().kind() == Problem.Kind.THROTTLED);
                });
            } finally {
                sandbox.post("knobs", "{\"throttleRate\": 0}");
            }
            List<Snapshot<List<ServiceRow>>> during = view.values().subList(before, view.values().size());
            assertThat(during).as("never emptied").allSatisfy(v -> assertThat(v.value()).hasSize(300));
            assertThat(during).filteredOn(v -> v.problem() != null).allSatisfy(v -> {
                assertThat(v.stale()).isTrue();
                assertThat(v.problem().message()).contains("throttling").doesNotContain("\n");
            });
            view.assertNoErrors();
            view.dispose();
            status.dispose();
        }
    }

    @Test
    void openingASessionCallsNothingUntilASliceIsWatched() throws Exception {
        sandbox.delete("requests");
        try (Session s = sandbox.open()) {
            Thread.sleep(1_000);
            assertThat(sandbox.get("requests")).contains("\"total\":0");
            assertThat(s.context().account()).isNull();
            WatchersIT.first(s.clusters(), l -> !l.isEmpty());
            await().atMost(Duration.ofSeconds(10)).until(() -> "123456789012".equals(s.context().account()));
            assertThat(sandbox.get("requests")).contains("ecs:ListClusters").contains("sts:GetCallerIdentity");
        }
    }

    @Test
    void anUnreachableEndpointIsOneLineOnTheSlice() {
        try (Session dead = sandbox.open(dev.berth.core.config.BerthConfig.defaults(),
                ConnectOptions.sandbox(URI.create("http://127.0.0.1:9"), "us-east-1"))) {
            TestObserver<Snapshot<List<Cluster>>> clusters = dead.clusters().test();
            await().atMost(Duration.ofSeconds(60)).until(() -> clusters.values().stream().anyMatch(c -> c.problem() != null));
            Problem p = clusters.values().stream().filter(c -> c.problem() != null).findFirst().orElseThrow().problem();
            assertThat(p.kind()).isEqualTo(Problem.Kind.UNREACHABLE);
            assertThat(p.message()).isEqualTo("cannot reach http://127.0.0.1:9 (connection refused)");
            clusters.assertNoErrors();
            clusters.dispose();
        }
    }
}
