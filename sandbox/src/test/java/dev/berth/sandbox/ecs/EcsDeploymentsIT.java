package dev.berth.sandbox.ecs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.sandbox.RunningSandbox;
import dev.berth.sandbox.SandboxControl;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Deployment;
import software.amazon.awssdk.services.ecs.model.DesiredStatus;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.ServiceDeployment;
import software.amazon.awssdk.services.ecs.model.ServiceDeploymentBrief;
import software.amazon.awssdk.services.ecs.model.ServiceEvent;
import software.amazon.awssdk.services.ecs.model.Task;

class EcsDeploymentsIT {
    private static RunningSandbox sandbox;
    private static EcsClient ecs;
    private static SandboxControl control;

    @BeforeAll
    static void start() {
        sandbox = RunningSandbox.emptyAndStill();
        ecs = sandbox.ecs();
        control = sandbox.control();
        ecs.createCluster(b -> b.clusterName("deploys"));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    /** Steady service of {@code desired} tasks rolling within the given bounds, and a second healthy revision. */
    private static String[] steadyService(String name, int desired, int minHealthy, int max, boolean breaker) {
        String first = EcsFixtures.fargateRevision(ecs, name, Map.of());
        String second = EcsFixtures.fargateRevision(ecs, name, Map.of());
        EcsFixtures.fargateService(ecs, "deploys", name, first, desired, b -> b.deploymentConfiguration(c -> c
                .minimumHealthyPercent(minHealthy).maximumPercent(max)
                .deploymentCircuitBreaker(cb -> cb.enable(breaker).rollback(breaker))));
        control.advance(Duration.ofMinutes(2));
        assertThat(EcsFixtures.describe(ecs, "deploys", name).runningCount()).isEqualTo(desired);
        return new String[] {first, second};
    }

    @Test
    void rollingUpdateNeverGoesAboveMaximumOrBelowMinimumHealthy() {
        String[] revisions = steadyService("rolling", 4, 50, 100, false);
        ecs.updateService(b -> b.cluster("deploys").service("rolling").taskDefinition(revisions[1]));
        int mostDeployments = 0;
        Service s = null;
        for (int second = 0; second < 600; second++) {
            control.advance(Duration.ofSeconds(1));
            s = EcsFixtures.describe(ecs, "deploys", "rolling");
            int running = s.deployments().stream().mapToInt(Deployment::runningCount).sum();
            int inFlight = s.deployments().stream().mapToInt(d -> d.runningCount() + d.pendingCount()).sum();
            assertThat(inFlight).as("maximumPercent 100 of 4 at second %d", second).isLessThanOrEqualTo(4);
            assertThat(running).as("minimumHealthyPercent 50 of 4 at second %d", second).isGreaterThanOrEqualTo(2);
            mostDeployments = Math.max(mostDeployments, s.deployments().size());
            if (s.deployments().size() == 1 && "COMPLETED".equals(s.deployments().get(0).rolloutStateAsString())) {
                break;
            }
        }
        assertThat(mostDeployments).as("old and new deployment side by side").isEqualTo(2);
        assertThat(s.deployments()).singleElement().satisfies(d -> {
            assertThat(d.taskDefinition()).isEqualTo(revisions[1]);
            assertThat(d.runningCount()).isEqualTo(4);
        });
        assertThat(s.taskDefinition()).isEqualTo(revisions[1]);
        assertThat(messages(s)).anyMatch(m -> m.matches("\\(service rolling\\) \\(deployment ecs-svc/\\d{19}\\) deployment completed\\."));

        List<ServiceDeploymentBrief> history = ecs.listServiceDeployments(b -> b.cluster("deploys").service("rolling"))
                .serviceDeployments();
        assertThat(history).extracting(ServiceDeploymentBrief::statusAsString).containsExactly("SUCCESSFUL", "SUCCESSFUL");
        assertThat(history.get(0).createdAt()).isAfter(history.get(1).createdAt());
        ServiceDeployment latest = ecs.describeServiceDeployments(b -> b.serviceDeploymentArns(history.get(0).serviceDeploymentArn()))
                .serviceDeployments().get(0);
        assertThat(latest.targetServiceRevision().arn())
                .matches("arn:aws:ecs:us-east-1:123456789012:service-revision/deploys/rolling/\\d{19}");
        assertThat(latest.sourceServiceRevisions()).hasSize(1);
        assertThat(latest.finishedAt()).isNotNull();
        assertThat(latest.deploymentCircuitBreaker().statusAsString()).isEqualTo("DISABLED");
    }

    @Test
    void defaultBoundsKeepEveryTaskRunningWhileDoubling() {
        String[] revisions = steadyService("surge", 3, 100, 200, false);
        ecs.updateService(b -> b.cluster("deploys").service("surge").forceNewDeployment(true));
        int most = 0;
        for (int second = 0; second < 300; second++) {
            control.advance(Duration.ofSeconds(1));
            Service s = EcsFixtures.describe(ecs, "deploys", "surge");
            assertThat(s.deployments().stream().mapToInt(Deployment::runningCount).sum()).isGreaterThanOrEqualTo(3);
            int inFlight = s.deployments().stream().mapToInt(d -> d.runningCount() + d.pendingCount()).sum();
            assertThat(inFlight).isLessThanOrEqualTo(6);
            most = Math.max(most, inFlight);
        }
        assertThat(most).as("new tasks start before old ones stop").isEqualTo(6);
        Service done = EcsFixtures.describe(ecs, "deploys", "surge");
        assertThat(done.deployments()).singleElement().satisfies(d -> {
            assertThat(d.rolloutStateAsString()).isEqualTo("COMPLETED");
            assertThat(d.taskDefinition()).as("force new deployment keeps the revision").isEqualTo(revisions[0]);
        });
    }

    @Test
    void circuitBreakerFailsABadDeploymentAndRollsBack() {
        String[] revisions = steadyService("guarded", 2, 100, 200, true);
        String completedId = EcsFixtures.describe(ecs, "deploys", "guarded").deployments().get(0).id();
        String bad = EcsFixtures.fargateRevision(ecs, "guarded", Map.of("sandbox.behaviour", "crash-on-start"));
        String badId = ecs.updateService(b -> b.cluster("deploys").service("guarded").taskDefinition(bad))
                .service().deployments().get(0).id();

        Deployment failed = null;
        Service s = null;
        for (int step = 0; step < 120; step++) {
            control.advance(Duration.ofSeconds(5));
            s = EcsFixtures.describe(ecs, "deploys", "guarded");
            for (Deployment d : s.deployments()) {
                if (d.id().equals(badId) && "FAILED".equals(d.rolloutStateAsString())) {
                    failed = d;
                }
            }
            if (failed != null && s.deployments().size() == 1) {
                break;
            }
        }
        assertThat(failed).as("the bad deployment failed: %s", s).isNotNull();
        assertThat(failed.failedTasks()).isGreaterThanOrEqualTo(3);
        assertThat(failed.rolloutStateReason()).isEqualTo("ECS deployment circuit breaker: tasks failed to start.");
        Deployment rollback = s.deployments().get(0);
        assertThat(rollback.taskDefinition()).isEqualTo(revisions[0]);
        assertThat(rollback.rolloutStateAsString()).isEqualTo("COMPLETED");
        assertThat(s.taskDefinition()).isEqualTo(revisions[0]);
        assertThat(s.runningCount()).isEqualTo(2);
        assertThat(messages(s)).contains(
                "(service guarded) (deployment " + badId + ") deployment failed: tasks failed to start.",
                "(service guarded) rolling back to deployment " + completedId + ".");

        ServiceDeploymentBrief latest = ecs.listServiceDeployments(b -> b.cluster("deploys").service("guarded"))
                .serviceDeployments().get(0);
        assertThat(latest.statusAsString()).isEqualTo("ROLLBACK_SUCCESSFUL");
        ServiceDeployment detail = ecs.describeServiceDeployments(b -> b.serviceDeploymentArns(latest.serviceDeploymentArn()))
                .serviceDeployments().get(0);
        assertThat(detail.rollback().reason()).isEqualTo("ECS deployment circuit breaker: tasks failed to start.");
        assertThat(detail.deploymentCircuitBreaker().statusAsString()).isEqualTo("TRIGGERED");
        assertThat(detail.deploymentCircuitBreaker().threshold()).isEqualTo(3);
        assertThat(detail.deploymentCircuitBreaker().failureCount()).isEqualTo(3);

        List<String> stopped = ecs.listTasks(b -> b.cluster("deploys").serviceName("guarded").desiredStatus(DesiredStatus.STOPPED))
                .taskArns();
        List<Task> badTasks = ecs.describeTasks(b -> b.cluster("deploys").tasks(stopped)).tasks().stream()
                .filter(t -> t.taskDefinitionArn().equals(bad) && "EssentialContainerExited".equals(t.stopCodeAsString())).toList();
        assertThat(badTasks).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(t -> assertThat(t.containers().get(0).exitCode()).isEqualTo(1));
    }

    @Test
    void tasksThatNeverStartAreRestartedWithGrowingDelays() {
        String td = EcsFixtures.fargateRevision(ecs, "stubborn", Map.of("sandbox.behaviour", "crash-on-start"));
        EcsFixtures.fargateService(ecs, "deploys", "stubborn", td, 1, b -> { });
        control.advance(Duration.ofMinutes(15), Duration.ofSeconds(10));
        Service s = EcsFixtures.describe(ecs, "deploys", "stubborn");
        assertThat(messages(s)).contains("(service stubborn) is unable to consistently start tasks successfully. "
                + "For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.");
        List<String> arns = ecs.listTasks(b -> b.cluster("deploys").serviceName("stubborn").desiredStatus(DesiredStatus.STOPPED))
                .taskArns();
        List<Instant> created = new ArrayList<>(ecs.describeTasks(b -> b.cluster("deploys").tasks(arns)).tasks().stream()
                .map(Task::createdAt).sorted().toList());
        assertThat(created).hasSizeGreaterThan(4);
        Duration firstGap = Duration.between(created.get(0), created.get(1));
        Duration lastGap = Duration.between(created.get(created.size() - 2), created.get(created.size() - 1));
        assertThat(lastGap).isGreaterThan(firstGap.multipliedBy(2));
    }

    private static List<String> messages(Service s) {
        return s.events().stream().map(ServiceEvent::message).toList();
    }
}
