package dev.berth.sandbox.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.sandbox.RunningSandbox;
import dev.berth.sandbox.SandboxControl;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.DeploymentControllerType;
import software.amazon.awssdk.services.ecs.model.InvalidParameterException;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.StabilityStatus;
import software.amazon.awssdk.services.ecs.model.TaskSet;
import software.amazon.awssdk.services.ecs.model.TaskSetNotFoundException;

/** Blue/green with the EXTERNAL deployment controller: task sets, their scale, status and stability. */
class EcsTaskSetsIT {
    private static RunningSandbox sandbox;
    private static EcsClient ecs;
    private static SandboxControl control;
    private static String blue;
    private static String green;

    @BeforeAll
    static void start() {
        sandbox = RunningSandbox.emptyAndStill();
        ecs = sandbox.ecs();
        control = sandbox.control();
        ecs.createCluster(b -> b.clusterName("bg"));
        blue = EcsFixtures.fargateRevision(ecs, "shop", Map.of());
        green = EcsFixtures.fargateRevision(ecs, "shop", Map.of("sandbox.cpu", "40"));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static Service external(String name, int desired) {
        return ecs.createService(b -> b.cluster("bg").serviceName(name).desiredCount(desired).launchType(LaunchType.FARGATE)
                .deploymentController(c -> c.type(DeploymentControllerType.EXTERNAL))).service();
    }

    private static TaskSet taskSet(String service, String revision, double scale) {
        return ecs.createTaskSet(b -> b.cluster("bg").service(service).taskDefinition(revision).externalId("deploy-" + scale)
                .launchType(LaunchType.FARGATE).scale(s -> s.value(scale).unit("PERCENT"))
                .networkConfiguration(n -> n.awsvpcConfiguration(v -> v.subnets(EcsFixtures.SUBNETS)))).taskSet();
    }

    private static List<TaskSet> sets(String service) {
        return ecs.describeTaskSets(b -> b.cluster("bg").service(service)).taskSets();
    }

    @Test
    void taskSetsRunTheirShareOfTheDesiredCountAndTheServiceShowsThem() {
        Service created = external("shop", 4);
        assertThat(created.deploymentController().type()).isEqualTo(DeploymentControllerType.EXTERNAL);
        assertThat(created.deployments()).isEmpty();
        TaskSet first = taskSet("shop", blue, 100);
        assertThat(first.id()).matches("ecs-svc/\\d{19}");
        assertThat(first.taskSetArn()).isEqualTo("arn:aws:ecs:us-east-1:123456789012:task-set/bg/shop/" + first.id());
        assertThat(first.status()).isEqualTo("ACTIVE");
        assertThat(first.computedDesiredCount()).isEqualTo(4);
        assertThat(first.stabilityStatus()).isEqualTo(StabilityStatus.STABILIZING);
        ecs.updateServicePrimaryTaskSet(b -> b.cluster("bg").service("shop").primaryTaskSet(first.taskSetArn()));
        TaskSet second = taskSet("shop", green, 25);
        assertThat(second.computedDesiredCount()).as("25% of 4").isEqualTo(1);
        control.advance(Duration.ofMinutes(2));

        Service shop = EcsFixtures.describe(ecs, "bg", "shop");
        assertThat(shop.taskDefinition()).isEqualTo(blue);
        assertThat(shop.runningCount()).isEqualTo(5);
        assertThat(shop.taskSets()).extracting(t -> t.status() + " " + t.runningCount() + " " + t.stabilityStatus())
                .containsExactly("PRIMARY 4 STEADY_STATE", "ACTIVE 1 STEADY_STATE");
        assertThat(shop.events()).extracting(e -> e.message())
                .contains("(service shop) updated the primary task set to (task-set " + first.id() + ").");
        List<String> tasks = ecs.listTasks(b -> b.cluster("bg").serviceName("shop").startedBy(second.id())).taskArns();
        assertThat(tasks).as("tasks of a task set are started by it").hasSize(1);

        ecs.updateTaskSet(b -> b.cluster("bg").service("shop").taskSet(second.id()).scale(s -> s.value(100.0).unit("PERCENT")));
        ecs.updateServicePrimaryTaskSet(b -> b.cluster("bg").service("shop").primaryTaskSet(second.id()));
        ecs.deleteTaskSet(b -> b.cluster("bg").service("shop").taskSet(first.id()));
        assertThat(sets("shop")).extracting(TaskSet::status).containsExactly("DRAINING", "PRIMARY");
        control.advance(Duration.ofMinutes(2));
        assertThat(sets("shop")).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(second.id());
            assertThat(t.runningCount()).isEqualTo(4);
            assertThat(t.stabilityStatus()).isEqualTo(StabilityStatus.STEADY_STATE);
        });
        assertThat(EcsFixtures.describe(ecs, "bg", "shop").taskDefinition()).isEqualTo(green);
    }

    @Test
    void taskSetsBelongToExternalServicesOnly() {
        EcsFixtures.fargateService(ecs, "bg", "rolling", blue, 1, b -> { });
        assertThatThrownBy(() -> taskSet("rolling", blue, 100)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("external deployment controllers");
        external("outside", 2);
        assertThatThrownBy(() -> ecs.updateService(b -> b.cluster("bg").service("outside").taskDefinition(green)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("through task sets");
        TaskSet only = taskSet("outside", blue, 50);
        ecs.updateServicePrimaryTaskSet(b -> b.cluster("bg").service("outside").primaryTaskSet(only.id()));
        assertThatThrownBy(() -> ecs.deleteTaskSet(b -> b.cluster("bg").service("outside").taskSet(only.id())))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("primary task set");
        assertThatThrownBy(() -> ecs.updateTaskSet(b -> b.cluster("bg").service("outside").taskSet("ecs-svc/0")
                .scale(s -> s.value(10.0).unit("PERCENT")))).isInstanceOf(TaskSetNotFoundException.class);
        assertThat(ecs.describeTaskSets(b -> b.cluster("bg").service("outside").taskSets("ecs-svc/1")).failures())
                .singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo("MISSING"));
    }
}
