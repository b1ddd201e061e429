package dev.berth.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.berth.core.Session;
import dev.berth.core.triage.Finding;
import dev.berth.core.triage.FindingKind;
import dev.berth.core.watch.Snapshot;
import dev.berth.sandbox.SandboxOptions;
import io.reactivex.rxjava3.observers.TestObserver;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Triage finds each fault the demo scenario plants, from the slices alone. */
class TriageIT {
    @RegisterExtension
    static final SandboxSessions sandbox = new SandboxSessions(SandboxOptions.defaults().withScenario("demo").withSpeed(30));
    private static Session session;

    /** The demo's search API runs at about 90% CPU: a lower threshold from config makes it a finding for sure. */
    private static synchronized Session session() {
        if (session == null) {
            session = sandbox.open(new dev.berth.core.config.BerthConfig(null, null, null,
                    new dev.berth.core.config.TriageThresholds(null, null, null, null, null, 80.0, null), null, null), false);
        }
        return session;
    }

    private static Finding awaitFinding(TestObserver<Snapshot<List<Finding>>> triage, String id) {
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> find(triage, id).isPresent());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            Snapshot<List<Finding>> last = triage.values().isEmpty() ? null : triage.values().get(triage.values().size() - 1);
            throw new AssertionError("no " + id + " in " + (last == null ? "nothing" : last.problem() + " "
                    + (last.value() == null ? null : last.value().stream().map(Finding::id).toList())), e);
        }
        return find(triage, id).orElseThrow();
    }

    private static Optional<Finding> find(TestObserver<Snapshot<List<Finding>>> triage, String id) {
        List<Snapshot<List<Finding>>> seen = triage.values();
        for (int i = seen.size() - 1; i >= 0; i--) {
            if (seen.get(i).hasValue()) {
                return seen.get(i).value().stream().filter(f -> f.id().equals(id)).findFirst();
            }
        }
        return Optional.empty();
    }

    @Test
    void everyPlantedFaultIsFoundAcrossAllClusters() {
        TestObserver<Snapshot<List<Finding>>> all = session().triage(null).test();

        Finding loop = awaitFinding(all, "crash-loop:prod/notifications-worker");
        assertThat(loop.kind()).isEqualTo(FindingKind.CRASH_LOOP);
        assertThat(loop.taskId()).isNotNull();
        assertThat(loop.evidence()).anySatisfy(e -> assertThat(e).contains("exit 1"));

        Finding pull = awaitFinding(all, "image-pull-failed:staging/reports-api");
        assertThat(pull.evidence().get(0)).contains("CannotPullContainerError");

        Finding oom = awaitFinding(all, "oom-killed:staging/orders-api");
        assertThat(oom.evidence().get(0)).contains("exit 137");

        Finding rollout = awaitFinding(all, "rollout-failed:prod/payments-api");
        assertThat(rollout.evidence()).isNotEmpty();

        Finding below = awaitFinding(all, "below-desired:staging/reports-api");
        assertThat(below.title()).isEqualTo("reports-api: running 0 of 1");

        Finding hot = awaitFinding(all, "hot-cpu:prod/search-api");
        assertThat(hot.title()).startsWith("search-api: CPU at");

        assertThat(find(all, "crash-loop:prod/web")).as("the healthy web service has no finding").isEmpty();
        all.assertNoErrors();
        all.dispose();
    }

    @Test
    void whatSurroundsTheServicesIsTriagedToo() {
        TestObserver<Snapshot<List<Finding>>> all = session().triage(null).test();

        Finding targets = awaitFinding(all, "targets-unhealthy:prod/catalog-api");
        assertThat(targets.evidence()).anySatisfy(e -> assertThat(e).contains("Target.ResponseCodeMismatch"));
        assertThat(targets.taskId()).isNotNull();

        Finding stale = awaitFinding(all, "discovery-record-stale:prod/orders-api");
        assertThat(stale.title()).startsWith("orders-api: orders.prod.internal still answers 10.0.").contains("of stopped task");

        Finding unhealthy = awaitFinding(all, "discovery-instances-unhealthy:prod/catalog-api");
        assertThat(unhealthy.title()).contains("catalog.prod.internal unhealthy");

        Finding agent = awaitFinding(all, "agent-disconnected:batch-ec2/*");
        assertThat(agent.title()).startsWith("batch-ec2: ECS agent disconnected on i-0");

        Finding spot = awaitFinding(all, "spot-interrupted:staging/web");
        assertThat(spot.evidence().get(0)).contains("SpotInterruption");

        Finding alarm = awaitFinding(all, "alarm-firing:prod/search-api/prod-search-api-cpu-high");
        assertThat(alarm.title()).isEqualTo("search-api: alarm prod-search-api-cpu-high in ALARM (CPUUtilization > 80)");

        assertThat(find(all, "targets-unhealthy:prod/web")).as("the web front's targets are healthy").isEmpty();
        all.assertNoErrors();
        all.dispose();
    }

    @Test
    void oneClusterOnlyReportsItsOwnTrouble() {
        TestObserver<Snapshot<List<Finding>>> staging = session().triage("staging").test();
        awaitFinding(staging, "image-pull-failed:staging/reports-api");
        List<Finding> findings = staging.values().get(staging.values().size() - 1).value();
        assertThat(findings).allSatisfy(f -> assertThat(f.cluster()).isIn("staging", null));
        staging.dispose();
    }
}
