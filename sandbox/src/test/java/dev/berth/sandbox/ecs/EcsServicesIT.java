package dev.berth.sandbox.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.sandbox.RunningSandbox;
import dev.berth.sandbox.SandboxControl;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.DesiredStatus;
import software.amazon.awssdk.services.ecs.model.InvalidParameterException;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.ServiceEvent;
import software.amazon.awssdk.services.ecs.model.ServiceField;
import software.amazon.awssdk.services.ecs.model.ServiceNotActiveException;
import software.amazon.awssdk.services.ecs.model.ServiceNotFoundException;
import software.amazon.awssdk.services.ecs.model.Task;

class EcsServicesIT {
    private static RunningSandbox sandbox;
    private static EcsClient ecs;
    private static SandboxControl control;
    private static String revision;

    @BeforeAll
    static void start() {
        sandbox = RunningSandbox.emptyAndStill();
        ecs = sandbox.ecs();
        control = sandbox.control();
        ecs.createCluster(b -> b.clusterName("svc"));
        revision = EcsFixtures.fargateRevision(ecs, "svc-app", Map.of());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void newServiceHasAPrimaryDeploymentInAwsFormats() {
        Service s = EcsFixtures.fargateService(ecs, "svc", "shapes", revision, 2,
                b -> b.tags(t -> t.key("team").value("a"), t -> t.key("env").value("test")));
        assertThat(s.serviceArn()).isEqualTo("arn:aws:ecs:us-east-1:123456789012:service/svc/shapes");
        assertThat(s.status()).isEqualTo("ACTIVE");
        assertThat(s.launchType()).isEqualTo(LaunchType.FARGATE);
        assertThat(s.deploymentConfiguration().maximumPercent()).isEqualTo(200);
        assertThat(s.deploymentConfiguration().minimumHealthyPercent()).isEqualTo(100);
        assertThat(s.deployments()).singleElement().satisfies(d -> {
            assertThat(d.id()).matches("ecs-svc/\\d{19}");
            assertThat(d.status()).isEqualTo("PRIMARY");
            assertThat(d.rolloutStateAsString()).isEqualTo("IN_PROGRESS");
        });
        assertThat(s.currentServiceDeployment())
                .matches("arn:aws:ecs:us-east-1:123456789012:service-deployment/svc/shapes/[A-Za-z0-9_-]{21}");
        assertThat(s.tags()).extracting(t -> t.key()).containsExactly("team", "env");
        assertThat(EcsFixtures.describe(ecs, "svc", "shapes").tags()).as("DescribeServices shows tags only on request").isEmpty();
        Service withTags = ecs.describeServices(b -> b.cluster("svc").services("shapes").include(ServiceField.TAGS))
                .services().get(0);
        assertThat(withTags.tags()).extracting(t -> t.key() + "=" + t.value()).containsExactly("team=a", "env=test");
    }

    @Test
    void serviceReachesItsDesiredCountAndSaysSoInItsEvents() {
        EcsFixtures.fargateService(ecs, "svc", "steady", revision, 2, b -> { });
        control.advance(Duration.ofMinutes(2));
        Service s = EcsFixtures.describe(ecs, "svc", "steady");
        assertThat(s.runningCount()).isEqualTo(2);
        assertThat(s.pendingCount()).isZero();
        assertThat(s.deployments().get(0).rolloutStateAsString()).isEqualTo("COMPLETED");
        List<String> events = s.events().stream().map(ServiceEvent::message).toList();
        assertThat(events.get(0)).isEqualTo("(service steady) has reached a steady state.");
        assertThat(events.get(1)).matches("\\(service steady\\) \\(deployment ecs-svc/\\d{19}\\) deployment completed\\.");
        assertThat(events.get(2)).matches("\\(service steady\\) has started 2 tasks: \\(task [0-9a-f]{32}\\) \\(task [0-9a-f]{32}\\)\\.");
        assertThat(s.events().get(0).createdAt()).isAfterOrEqualTo(s.events().get(2).createdAt());
    }

    @Test
    void runningCountFollowsDesiredCountUpAndDown() {
        EcsFixtures.fargateService(ecs, "svc", "elastic", revision, 1, b -> { });
        control.advance(Duration.ofMinutes(2));
        ecs.updateService(b -> b.cluster("svc").service("elastic").desiredCount(4));
        control.advance(Duration.ofMinutes(2));
        assertThat(EcsFixtures.describe(ecs, "svc", "elastic").runningCount()).isEqualTo(4);

        Service shrinking = ecs.updateService(b -> b.cluster("arn:aws:ecs:us-east-1:123456789012:cluster/svc")
                .service("arn:aws:ecs:us-east-1:123456789012:service/svc/elastic").desiredCount(1)).service();
        assertThat(shrinking.desiredCount()).isEqualTo(1);
        control.advance(Duration.ofMinutes(2));
        Service s = EcsFixtures.describe(ecs, "svc", "elastic");
        assertThat(s.runningCount()).isEqualTo(1);
        assertThat(s.events()).anySatisfy(e -> assertThat(e.message()).startsWith("(service elastic) has stopped 3 running tasks: (task "));
        List<String> stopped = ecs.listTasks(b -> b.cluster("svc").serviceName("elastic").desiredStatus(DesiredStatus.STOPPED)).taskArns();
        assertThat(stopped).hasSize(3);
        List<Task> tasks = ecs.describeTasks(b -> b.cluster("svc").tasks(stopped)).tasks();
        String primary = s.deployments().get(0).id();
        assertThat(tasks).allSatisfy(t -> {
            assertThat(t.stopCodeAsString()).isEqualTo("ServiceSchedulerInitiated");
            assertThat(t.stoppedReason()).isEqualTo("Scaling activity initiated by (deployment " + primary + ")");
            assertThat(t.lastStatus()).isEqualTo("STOPPED");
        });
    }

    @Test
    void describeServicesAcceptsTenAndReportsMissingOnes() {
        EcsFixtures.fargateService(ecs, "svc", "known", revision, 0, b -> { });
        var answer = ecs.describeServices(b -> b.cluster("svc").services("known", "unknown"));
        assertThat(answer.services()).extracting(Service::serviceName).containsExactly("known");
        assertThat(answer.failures()).singleElement().satisfies(f -> {
            assertThat(f.arn()).isEqualTo("arn:aws:ecs:us-east-1:123456789012:service/svc/unknown");
            assertThat(f.reason()).isEqualTo("MISSING");
        });
        List<String> eleven = IntStream.range(0, 11).mapToObj(i -> "s" + i).toList();
        assertThatThrownBy(() -> ecs.describeServices(b -> b.cluster("svc").services(eleven)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("service names can have at most 10 items.");
        assertThatThrownBy(() -> ecs.describeServices(b -> b.cluster("svc").services(List.of())))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("Services cannot be empty.");
    }

    @Test
    void badCreateAndUpdateRequestsAreRefused() {
        EcsFixtures.fargateService(ecs, "svc", "twice", revision, 0, b -> { });
        assertThatThrownBy(() -> EcsFixtures.fargateService(ecs, "svc", "twice", revision, 0, b -> { }))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("not idempotent");
        assertThatThrownBy(() -> ecs.createService(b -> b.cluster("svc").serviceName("nonet").taskDefinition(revision)
                .desiredCount(1).launchType(LaunchType.FARGATE)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("Network Configuration must be provided");
        assertThatThrownBy(() -> ecs.createService(b -> b.cluster("svc").serviceName("nocount").taskDefinition(revision)
                .launchType(LaunchType.FARGATE)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("desiredCount");
        assertThatThrownBy(() -> EcsFixtures.fargateService(ecs, "svc", "nodef", "missing-family:3", 1, b -> { }))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("TaskDefinition not found.");
        assertThatThrownBy(() -> ecs.updateService(b -> b.cluster("svc").service("ghost").desiredCount(1)))
                .isInstanceOf(ServiceNotFoundException.class);
        assertThatThrownBy(() -> ecs.listTasks(b -> b.cluster("svc").serviceName("ghost")))
                .isInstanceOf(ServiceNotFoundException.class);
        assertThatThrownBy(() -> ecs.updateService(b -> b.cluster("svc").service("twice").desiredCount(-1)))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> ecs.updateService(b -> b.cluster("svc").service("twice").desiredCount(5001)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("tasks per service quota");
    }

    @Test
    void deletedServiceDrainsThenTurnsInactive() {
        EcsFixtures.fargateService(ecs, "svc", "doomed", revision, 2, b -> { });
        control.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> ecs.deleteService(b -> b.cluster("svc").service("doomed")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("scaled above 0");
        Service draining = ecs.deleteService(b -> b.cluster("svc").service("doomed").force(true)).service();
        assertThat(draining.status()).isEqualTo("DRAINING");
        assertThat(draining.desiredCount()).isZero();
        control.advance(Duration.ofMinutes(2));
        assertThat(EcsFixtures.describe(ecs, "svc", "doomed").status()).isEqualTo("INACTIVE");
        assertThat(ecs.listServices(b -> b.cluster("svc").maxResults(100)).serviceArns()).noneMatch(a -> a.endsWith("/doomed"));
        assertThatThrownBy(() -> ecs.updateService(b -> b.cluster("svc").service("doomed").desiredCount(1)))
                .isInstanceOf(ServiceNotActiveException.class);
    }

    @Test
    void listServicesPagesOverMoreThanAHundredServices() {
        ecs.createCluster(b -> b.clusterName("many"));
        for (int i = 0; i < 120; i++) {
            String name = String.format("s-%03d", i);
            EcsFixtures.fargateService(ecs, "many", name, revision, 0, b -> { });
        }
        var first = ecs.listServices(b -> b.cluster("many"));
        assertThat(first.serviceArns()).as("ListServices answers 10 by default").hasSize(10);
        List<String> all = ecs.listServicesPaginator(b -> b.cluster("many").maxResults(100)).serviceArns().stream().toList();
        assertThat(all).hasSize(120).doesNotHaveDuplicates();
        assertThat(ecs.listServices(b -> b.cluster("many").maxResults(100)).nextToken()).isNotBlank();
        assertThat(ecs.listServices(b -> b.cluster("many").launchType(LaunchType.EC2)).serviceArns()).isEmpty();
    }
}
