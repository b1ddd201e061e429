package dev.berth.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.applicationautoscaling.model.ServiceNamespace;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.LogDriver;
import software.amazon.awssdk.services.ecs.model.NetworkMode;
import software.amazon.awssdk.services.ecs.model.Task;

/** Each region is its own account state: the demo lives in us-east-1, other regions start empty. */
class MultiRegionIT {
    private static Sandbox sandbox;
    private static SandboxClients clients;
    private static SandboxControl control;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.defaults().withSpeed(0.001));
        clients = new SandboxClients(sandbox.endpoint());
        control = new SandboxControl(sandbox.endpoint());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void otherRegionsStartEmpty() {
        SandboxClients ireland = clients.inRegion(Region.EU_WEST_1);
        try (EcsClient ecs = ireland.ecs(); var scaling = ireland.autoScaling()) {
            assertThat(ecs.listClusters().clusterArns()).isEmpty();
            assertThat(ecs.listTaskDefinitionFamilies().families()).isEmpty();
            assertThat(scaling.describeScalableTargets(b -> b.serviceNamespace(ServiceNamespace.ECS)).scalableTargets()).isEmpty();
        }
        try (EcsClient home = clients.ecs()) {
            assertThat(home.listClusters().clusterArns()).hasSize(3);
        }
    }

    @Test
    void whatHappensInOneRegionStaysThere() {
        SandboxClients oregon = clients.inRegion(Region.US_WEST_2);
        try (EcsClient west = oregon.ecs(); EcsClient east = clients.ecs()) {
            west.createCluster(b -> b.clusterName("west"));
            String td = west.registerTaskDefinition(b -> b.family("west-app").networkMode(NetworkMode.AWSVPC)
                    .requiresCompatibilitiesWithStrings("FARGATE").cpu("256").memory("512")
                    .executionRoleArn("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                    .containerDefinitions(c -> c.name("app").image("example/west:1").logConfiguration(l -> l
                            .logDriver(LogDriver.AWSLOGS).options(Map.of("awslogs-group", "/ecs/west-app",
                                    "awslogs-stream-prefix", "ecs"))))).taskDefinition().taskDefinitionArn();
            assertThat(td).startsWith("arn:aws:ecs:us-west-2:123456789012:task-definition/west-app:");
            west.createService(b -> b.cluster("west").serviceName("app").taskDefinition(td).desiredCount(2)
                    .launchType(LaunchType.FARGATE)
                    .networkConfiguration(n -> n.awsvpcConfiguration(v -> v.subnets("subnet-0c33333333333333c"))));
            control.advance(Duration.ofMinutes(3));

            List<String> arns = west.listTasks(b -> b.cluster("west")).taskArns();
            assertThat(arns).hasSize(2).allMatch(a -> a.startsWith("arn:aws:ecs:us-west-2:123456789012:task/west/"));
            List<Task> tasks = west.describeTasks(b -> b.cluster("west").tasks(arns)).tasks();
            assertThat(tasks).allSatisfy(t -> {
                assertThat(t.lastStatus()).isEqualTo("RUNNING");
                assertThat(t.availabilityZone()).startsWith("us-west-2");
            });
            assertThat(east.listClusters().clusterArns()).noneMatch(a -> a.endsWith("/west"));
            assertThat(west.listClusters().clusterArns()).containsExactly("arn:aws:ecs:us-west-2:123456789012:cluster/west");
            assertThat(east.listTaskDefinitionFamilies(b -> b.familyPrefix("west")).families()).isEmpty();
        }
        assertThat(groups(control.logStreams("us-west-2"))).containsExactly("/ecs/west-app");
        assertThat(groups(control.logStreams("us-east-1"))).doesNotContain("/ecs/west-app");
        assertThat(control.metrics("us-west-2")).anyMatch(m -> m.get("dimensions").path("ClusterName").asText().equals("west"));
        assertThat(control.metrics("us-east-1")).noneMatch(m -> m.get("dimensions").path("ClusterName").asText().equals("west"));
    }

    private static List<String> groups(JsonNode streams) {
        List<String> out = new ArrayList<>();
        streams.forEach(s -> {
            String g = s.get("logGroupName").asText();
            if (!out.contains(g)) {
                out.add(g);
            }
        });
        return out;
    }
}
