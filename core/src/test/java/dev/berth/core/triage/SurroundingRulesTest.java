package dev.berth.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.SessionStatus;
import dev.berth.core.config.TriageThresholds;
import dev.berth.core.model.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules about what surrounds services, on one fixture cluster (surroundings.json). */
class SurroundingRulesTest {
    private static final SessionStatus CALM = new SessionStatus(false, null, 12);
    private static final TriageFixture F = TriageFixture.load("surroundings");

    private static TriageInput input(Map<String, Instant> firstSeen) {
        return new TriageInput(F.now(), "prod", F.services(), F.tasks(), F.metrics(), CALM, TriageThresholds.defaults(),
                firstSeen, F.surroundings());
    }

    private static TriageInput input() {
        return input(Map.of());
    }

    @Test
    void unhealthyTargetsAreOneFindingPerServiceWithReasonAndTask() {
        assertThat(TargetHealthRule.unhealthy().findings(input())).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("targets-unhealthy:prod/catalog-api");
            assertThat(f.severity()).as("no healthy target left").isEqualTo(Severity.CRITICAL);
            assertThat(f.title()).isEqualTo("catalog-api: 1 of 2 targets unhealthy in prod-catalog");
            assertThat(f.taskId()).isEqualTo("c1");
            assertThat(f.evidence()).containsExactly("10.0.1.1:8080 in prod-catalog unhealthy (Target.ResponseCodeMismatch: "
                    + "Health checks failed with these codes: [502]), task c1 RUNNING");
        });
        assertThat(TargetHealthRule.unhealthy().conditions(input())).containsExactly("targets-unhealthy:prod/catalog-api");
    }

    @Test
    void drainingTargetsAreReportedQuietly() {
        assertThat(TargetHealthRule.draining().findings(input())).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.TARGETS_DRAINING);
            assertThat(f.severity()).isEqualTo(Severity.WARN);
            assertThat(f.title()).isEqualTo("catalog-api: 1 of 2 targets draining in prod-catalog");
            assertThat(f.evidence().get(0)).contains("Target.DeregistrationInProgress").contains("task c2 DEACTIVATING");
        });
    }

    @Test
    void aRecordOfAStoppedTaskPointsNowhereAtOnce() {
        assertThat(new StaleDiscoveryRecordRule().findings(input())).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("discovery-record-stale:prod/orders-api");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.title()).isEqualTo("orders-api: orders.prod.internal still answers 10.0.2.2 of stopped task o2");
            assertThat(f.taskId()).isEqualTo("o2");
            assertThat(f.since()).isEqualTo(Instant.parse("2025-03-01T11:30:00Z"));
            assertThat(f.evidence()).containsExactly("orders.prod.internal → 10.0.2.2 (HEALTHY): task o2 stopped "
                    + "2025-03-01T11:30:00Z: Moved off a noisy host");
        });
    }

    @Test
    void aRecordOfATaskNobodyKnowsCountsOnlyAfterAWhile() {
        TriageFixture f = TriageFixture.load("surroundings");
        List<dev.berth.core.model.Task> withoutO2 = f.tasks().stream().filter(t -> !t.id().equals("o2")).toList();
        TriageInput fresh = new TriageInput(f.now(), "prod", f.services(), withoutO2, List.of(), CALM,
                TriageThresholds.defaults(), Map.of(), f.surroundings());
        StaleDiscoveryRecordRule rule = new StaleDiscoveryRecordRule();
        assertThat(rule.conditions(fresh)).containsExactly("discovery-record-stale:prod/orders-api/o2");
        assertThat(rule.findings(fresh)).as("maybe a task started a moment ago").isEmpty();
        TriageInput later = new TriageInput(f.now(), "prod", f.services(), withoutO2, List.of(), CALM, TriageThresholds.defaults(),
                Map.of("discovery-record-stale:prod/orders-api/o2", f.now().minus(Duration.ofMinutes(3))), f.surroundings());
        assertThat(rule.findings(later)).singleElement()
                .satisfies(x -> assertThat(x.title()).endsWith("of task o2, which is not running"));
    }

    @Test
    void unhealthyInstancesOfLiveTasksAreAFinding() {
        assertThat(new UnhealthyDiscoveryInstancesRule().findings(input())).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("discovery-instances-unhealthy:prod/catalog-api");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.title()).isEqualTo("catalog-api: 2 of 2 instances of catalog.prod.internal unhealthy");
            assertThat(f.evidence()).hasSize(2).first().asString().isEqualTo("catalog.prod.internal → 10.0.1.1 (UNHEALTHY), task c1");
        });
    }

    @Test
    void aDisconnectedAgentIsAClusterFinding() {
        assertThat(new DisconnectedAgentRule().findings(input())).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("agent-disconnected:prod/*");
            assertThat(f.service()).isNull();
            assertThat(f.title()).isEqualTo("prod: ECS agent disconnected on i-0bbb (1 running task)");
            assertThat(f.evidence()).containsExactly("i-0bbb in us-east-1b, agent 1.86.3: 1 running task last reported, "
                    + "1536 CPU units and 6144 MiB free");
        });
    }

    @Test
    void spotInterruptionsAreFoundFromStopCodes() {
        assertThat(StoppedTaskRule.spotInterrupted().findings(input())).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("spot-interrupted:prod/resizer");
            assertThat(f.severity()).isEqualTo(Severity.WARN);
            assertThat(f.title()).isEqualTo("resizer: 1 task interrupted on Fargate Spot");
            assertThat(f.taskId()).isEqualTo("r1");
            assertThat(f.evidence().get(0)).contains("SpotInterruption");
        });
    }

    @Test
    void alarmsInAlarmOnTheClusterAreFindingsAndOthersAreNot() {
        assertThat(new AlarmFiringRule().findings(input())).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("alarm-firing:prod/catalog-api/prod-catalog-5xx");
            assertThat(f.service()).isEqualTo("catalog-api");
            assertThat(f.title()).isEqualTo("catalog-api: alarm prod-catalog-5xx in ALARM (HTTPCode_Target_5XX_Count > 10)");
            assertThat(f.since()).isEqualTo(Instant.parse("2025-03-01T11:50:00Z"));
            assertThat(f.evidence().get(0)).startsWith("Threshold Crossed");
        });
    }

    @Test
    void theStandardTriageRunsTheNewRulesAndAClusterWithoutSurroundingsHasNoneOfTheirFindings() {
        Triage triage = Triage.standard(TriageThresholds.defaults());
        List<Finding> all = triage.evaluate("prod", F.services(), F.tasks(), List.of(), F.surroundings(), CALM, F.now());
        assertThat(all).extracting(Finding::kind).contains(FindingKind.TARGETS_UNHEALTHY, FindingKind.TARGETS_DRAINING,
                FindingKind.DISCOVERY_RECORD_STALE, FindingKind.DISCOVERY_INSTANCES_UNHEALTHY, FindingKind.AGENT_DISCONNECTED,
                FindingKind.SPOT_INTERRUPTED, FindingKind.ALARM_FIRING);
        assertThat(all.get(0).severity()).isEqualTo(Severity.CRITICAL);
        List<Finding> bare = Triage.standard(TriageThresholds.defaults()).evaluate("prod", F.services(), F.tasks(), List.of(),
                CALM, F.now());
        assertThat(bare).extracting(Finding::kind).containsOnly(FindingKind.SPOT_INTERRUPTED);
    }
}
