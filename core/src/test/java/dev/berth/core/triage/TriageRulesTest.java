package dev.berth.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.SessionStatus;
import dev.berth.core.config.TriageThresholds;
import dev.berth.core.model.Severity;
import dev.berth.core.model.Task;
import dev.berth.core.watch.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriageRulesTest {
    private static final SessionStatus CALM = new SessionStatus(false, null, 12);

    private static TriageInput input(String fixture, Map<String, Instant> firstSeen, SessionStatus status) {
        TriageFixture f = TriageFixture.load(fixture);
        return new TriageInput(f.now(), "prod", f.services(), f.tasks(), f.metrics(), status,
                TriageThresholds.defaults(), firstSeen);
    }

    private static TriageInput input(String fixture) {
        return input(fixture, Map.of(), CALM);
    }

    private static List<Finding> all(String fixture) {
        TriageFixture f = TriageFixture.load(fixture);
        return Triage.standard(TriageThresholds.defaults()).evaluate("prod", f.services(), f.tasks(), f.metrics(), CALM, f.now());
    }

    @Test
    void aHealthyClusterHasNoFindings() {
        assertThat(all("healthy")).isEmpty();
    }

    @Test
    void recentlyStoppedTasksComeGroupedByServiceNewestFirstWithinTheLookback() {
        TriageFixture f = TriageFixture.load("crash-loop");
        assertThat(input("crash-loop").recentlyStopped()).containsOnlyKeys("worker");
        assertThat(input("crash-loop").recentlyStopped().get("worker")).extracting(Task::id)
                .containsExactly("ccc3", "bbb2", "aaa1", "old0");
        // 50 minutes later the lookback (1 h) starts at 11:50: the stop at 11:20 is no longer evidence.
        TriageInput later = new TriageInput(f.now().plus(Duration.ofMinutes(50)), "prod", f.services(), f.tasks(), f.metrics(),
                CALM, TriageThresholds.defaults(), Map.of());
        assertThat(later.recentlyStopped().get("worker")).extracting(Task::id).containsExactly("ccc3", "bbb2", "aaa1");
        assertThat(input("healthy").recentlyStopped().get("web")).as("stops the operator or the scheduler asked for count too")
                .extracting(Task::id).containsExactly("aaa3", "aaa2", "aaa1");
    }

    @Test
    void crashLoopRuleSeesSeveralFailuresWithinTheWindow() {
        List<Finding> found = new CrashLoopRule().findings(input("crash-loop"));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.CRASH_LOOP);
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.service()).isEqualTo("worker");
            assertThat(f.taskId()).as("the newest failure to open").isEqualTo("ccc3");
            assertThat(f.title()).contains("3 tasks failed");
            assertThat(f.since()).as("since the first failure within the lookback").isEqualTo(Instant.parse("2025-03-01T11:20:00Z"));
            assertThat(f.evidence()).hasSize(3).first().asString().contains("ccc3").contains("exit 1").contains("EssentialContainerExited");
            assertThat(f.id()).isEqualTo("crash-loop:prod/worker");
        });
    }

    @Test
    void failuresMinutesApartAreACrashLoopWhenEcsThrottlesTheRestarts() {
        assertThat(new CrashLoopRule().findings(input("crash-loop-throttled"))).singleElement().satisfies(f -> {
            assertThat(f.title()).isEqualTo("worker: crash loop, 3 tasks failed and ECS is throttling restarts");
            assertThat(f.taskId()).isEqualTo("w3");
            assertThat(f.evidence()).last().asString().contains("unable to consistently start tasks");
        });
        TriageFixture f = TriageFixture.load("crash-loop-throttled");
        TriageInput quiet = new TriageInput(f.now(), "prod", List.of(withoutEvents(f.services().get(0))), f.tasks(),
                List.of(), CALM, TriageThresholds.defaults(), Map.of());
        assertThat(new CrashLoopRule().findings(quiet)).as("without ECS's word, three failures an hour apart are not a loop").isEmpty();
    }

    private static dev.berth.core.model.Service withoutEvents(dev.berth.core.model.Service s) {
        return new dev.berth.core.model.Service(s.arn(), s.name(), s.clusterArn(), s.status(), s.desiredCount(), s.runningCount(),
                s.pendingCount(), s.taskDefinitionArn(), s.launchType(), s.capacityProviders(), s.deploymentSettings(),
                s.deployments(), List.of(), s.network(), s.loadBalancers(), s.healthCheckGracePeriodSeconds(),
                s.deploymentController(), s.createdAt(), s.tags());
    }

    @Test
    void twoFailuresAreNotACrashLoop() {
        TriageFixture f = TriageFixture.load("crash-loop");
        TriageInput in = new TriageInput(f.now(), "prod", f.services(), f.tasks().subList(1, 3), List.of(), CALM,
                TriageThresholds.defaults(), Map.of());
        assertThat(new CrashLoopRule().findings(in)).isEmpty();
    }

    @Test
    void aCrashLoopHidesTheSingleNonZeroExitsOfTheSameService() {
        assertThat(all("crash-loop")).extracting(Finding::kind)
                .contains(FindingKind.CRASH_LOOP).doesNotContain(FindingKind.NON_ZERO_EXIT);
        assertThat(StoppedTaskRule.nonZeroExit().findings(input("crash-loop"))).singleElement()
                .satisfies(f -> assertThat(f.title()).contains("4 tasks exited with an error"));
    }

    @Test
    void belowDesiredIsAFindingOnlyAfterTheThreshold() {
        String key = BelowDesiredRule.key("prod", "worker");
        BelowDesiredRule rule = new BelowDesiredRule();
        assertThat(rule.conditions(input("crash-loop"))).containsExactly(key);

        Instant now = TriageFixture.load("crash-loop").now();
        assertThat(rule.findings(input("crash-loop", Map.of(key, now.minusSeconds(60)), CALM))).isEmpty();
        assertThat(rule.findings(input("crash-loop", Map.of(key, now.minusSeconds(600)), CALM))).singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(FindingKind.BELOW_DESIRED);
                    assertThat(f.severity()).as("nothing running at all").isEqualTo(Severity.CRITICAL);
                    assertThat(f.title()).isEqualTo("worker: running 0 of 2");
                    assertThat(f.since()).isEqualTo(now.minusSeconds(600));
                    assertThat(f.evidence()).contains("running 0 of 2 desired, 1 pending");
                });
    }

    @Test
    void triageRemembersSinceWhenAServiceIsBelowDesired() {
        TriageFixture f = TriageFixture.load("crash-loop");
        Triage triage = Triage.standard(TriageThresholds.defaults());
        assertThat(triage.evaluate("prod", f.services(), f.tasks(), List.of(), CALM, f.now()))
                .extracting(Finding::kind).doesNotContain(FindingKind.BELOW_DESIRED);
        List<Finding> later = triage.evaluate("prod", f.services(), f.tasks(), List.of(), CALM, f.now().plus(Duration.ofMinutes(4)));
        assertThat(later).filteredOn(x -> x.kind() == FindingKind.BELOW_DESIRED).singleElement()
                .satisfies(x -> assertThat(x.since()).isEqualTo(f.now()));
    }

    @Test
    void oomKilledRuleReportsExit137WithTheReason() {
        assertThat(StoppedTaskRule.oomKilled().findings(input("oom"))).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.OOM_KILLED);
            assertThat(f.taskId()).isEqualTo("oom1");
            assertThat(f.evidence()).singleElement().asString().contains("exit 137").contains("OutOfMemoryError");
        });
        assertThat(StoppedTaskRule.nonZeroExit().findings(input("oom"))).as("137 is reported as OOM only").isEmpty();
    }

    @Test
    void imagePullFailedRuleQuotesTheError() {
        assertThat(StoppedTaskRule.imagePullFailed().findings(input("image-pull"))).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.IMAGE_PULL_FAILED);
            assertThat(f.evidence().get(0)).contains("CannotPullContainerError").contains("TaskFailedToStart");
        });
    }

    @Test
    void rolloutFailedRuleUsesTheDeploymentAndTheEvents() {
        assertThat(new RolloutFailedRule().findings(input("rollout-failed"))).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.ROLLOUT_FAILED);
            assertThat(f.evidence()).anySatisfy(e -> assertThat(e).contains("checkout:5 FAILED").contains("circuit breaker"));
            assertThat(f.evidence()).anySatisfy(e -> assertThat(e).contains("deployment failed: tasks failed to start"));
            assertThat(f.since()).isEqualTo(Instant.parse("2025-03-01T11:50:00Z"));
        });
    }

    @Test
    void rolloutStuckRuleWaitsForTheThreshold() {
        assertThat(new RolloutStuckRule().findings(input("health-and-stuck"))).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.ROLLOUT_STUCK);
            assertThat(f.title()).contains("web:9").contains("45 min");
        });
        assertThat(new RolloutStuckRule().findings(input("rollout-failed"))).isEmpty();
    }

    @Test
    void healthCheckFailedRuleSeesElbHealthChecks() {
        assertThat(StoppedTaskRule.healthCheckFailed().findings(input("health-and-stuck"))).singleElement()
                .satisfies(f -> assertThat(f.evidence().get(0)).contains("failed ELB health checks"));
    }

    @Test
    void hotCpuAndMemoryRulesAverageTheLastPoints() {
        assertThat(UtilisationRule.cpu().findings(input("health-and-stuck"))).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.HOT_CPU);
            assertThat(f.title()).isEqualTo("web: CPU at 96% (threshold 90%)");
        });
        assertThat(UtilisationRule.memory().findings(input("health-and-stuck"))).singleElement().satisfies(f -> {
            assertThat(f.service()).as("the cluster itself").isNull();
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.title()).startsWith("cluster prod: memory at 99%");
        });
    }

    @Test
    void throttledRuleReportsBerthsOwnThrottling() {
        Problem p = new Problem(Problem.Kind.THROTTLED, "AWS is throttling ecs:DescribeServices; Berth is backing off",
                Instant.parse("2025-03-01T11:59:59Z"));
        assertThat(new ThrottledRule().findings(input("healthy", Map.of(), new SessionStatus(true, p, 900))))
                .singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(FindingKind.THROTTLED);
                    assertThat(f.evidence()).contains(p.message(), "900 calls in the last minute");
                });
        assertThat(new ThrottledRule().findings(input("healthy"))).isEmpty();
    }

    @Test
    void findingsComeWorstFirstWithStableIds() {
        List<Finding> first = all("health-and-stuck");
        assertThat(first).extracting(Finding::severity).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(all("health-and-stuck")).extracting(Finding::id).containsExactlyElementsOf(first.stream().map(Finding::id).toList());
    }

    @Test
    void nowIsNeverBehindTheNewestTimestampInTheData() {
        TriageFixture f = TriageFixture.load("crash-loop");
        Instant local = Instant.parse("2025-03-01T11:00:00Z");
        assertThat(Triage.estimateNow(local, f.services(), f.tasks())).isEqualTo(Instant.parse("2025-03-01T11:59:00Z"));
        assertThat(Triage.estimateNow(f.now().plusSeconds(5), f.services(), f.tasks())).isEqualTo(f.now().plusSeconds(5));
    }
}
