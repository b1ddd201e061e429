package dev.berth.sandbox.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.sandbox.RunningSandbox;
import dev.berth.sandbox.SandboxControl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Connectivity;
import software.amazon.awssdk.services.ecs.model.DesiredStatus;
import software.amazon.awssdk.services.ecs.model.EcsException;
import software.amazon.awssdk.services.ecs.model.InvalidParameterException;
import software.amazon.awssdk.services.ecs.model.KeyValuePair;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.NetworkMode;
import software.amazon.awssdk.services.ecs.model.Task;

class EcsTasksIT {
    private static RunningSandbox sandbox;
    private static EcsClient ecs;
    private static SandboxControl control;

    @BeforeAll
    static void start() {
        sandbox = RunningSandbox.emptyAndStill();
        ecs = sandbox.ecs();
        control = sandbox.control();
        ecs.createCluster(b -> b.clusterName("jobs"));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static Task run(String taskDefinition, String startedBy) {
        return ecs.runTask(b -> b.cluster("jobs").taskDefinition(taskDefinition).launchType(LaunchType.FARGATE)
                .startedBy(startedBy)
                .networkConfiguration(n -> n.awsvpcConfiguration(v -> v.subnets(EcsFixtures.SUBNETS)))).tasks().get(0);
    }

    private static Task describe(String arn) {
        return ecs.describeTasks(b -> b.cluster("jobs").tasks(arn)).tasks().get(0);
    }

    /** Steps the clock a second at a time and records each new lastStatus, until {@code last} or ten minutes. */
    private static List<String> statusesUntil(String arn, String last) {
        List<String> seen = new ArrayList<>();
        seen.add(describe(arn).lastStatus());
        for (int i = 0; i < 600 && !seen.get(seen.size() - 1).equals(last); i++) {
            control.advance(Duration.ofSeconds(1));
            String status = describe(arn).lastStatus();
            if (!status.equals(seen.get(seen.size() - 1))) {
                seen.add(status);
            }
        }
        return seen;
    }

    @Test
    void fargateTaskGoesThroughEveryStateToRunningAndBackToStopped() {
        String td = EcsFixtures.fargateRevision(ecs, "lifecycle", Map.of());
        Task launched = run(td, "lifecycle-test");
        assertThat(launched.taskArn()).matches("arn:aws:ecs:us-east-1:123456789012:task/jobs/[0-9a-f]{32}");
        assertThat(launched.lastStatus()).isEqualTo("PROVISIONING");
        assertThat(launched.desiredStatus()).isEqualTo("RUNNING");
        assertThat(launched.attachments().get(0).status()).isEqualTo("PRECREATED");

        assertThat(statusesUntil(launched.taskArn(), "RUNNING"))
                .containsExactly("PROVISIONING", "PENDING", "ACTIVATING", "RUNNING");
        Task running = describe(launched.taskArn());
        assertThat(running.startedAt()).isNotNull();
        assertThat(running.pullStoppedAt()).isAfter(running.pullStartedAt());
        assertThat(running.connectivity()).isEqualTo(Connectivity.CONNECTED);
        assertThat(running.availabilityZone()).isIn("us-east-1a", "us-east-1b");
        assertThat(running.version()).isGreaterThan(launched.version());
        assertThat(running.group()).isEqualTo("family:lifecycle");
        String ip = running.attachments().get(0).details().stream().filter(d -> d.name().equals("privateIPv4Address"))
                .map(KeyValuePair::value).findFirst().orElseThrow();
        assertThat(ip).matches("10\\.0\\.\\d+\\.\\d+");
        assertThat(running.containers()).singleElement().satisfies(c -> {
            assertThat(c.lastStatus()).isEqualTo("RUNNING");
            assertThat(c.networkInterfaces().get(0).privateIpv4Address()).isEqualTo(ip);
            assertThat(c.imageDigest()).matches("sha256:[0-9a-f]{64}");
            assertThat(c.exitCode()).isNull();
        });

        Task stopping = ecs.stopTask(b -> b.cluster("jobs").task(launched.taskArn()).reason("maintenance window")).task();
        assertThat(stopping.desiredStatus()).isEqualTo("STOPPED");
        assertThat(statusesUntil(launched.taskArn(), "STOPPED"))
                .containsExactly("DEACTIVATING", "STOPPING", "DEPROVISIONING", "STOPPED");
        Task stopped = describe(launched.taskArn());
        assertThat(stopped.stopCodeAsString()).isEqualTo("UserInitiated");
        assertThat(stopped.stoppedReason()).isEqualTo("maintenance window");
        assertThat(stopped.stoppedAt()).isAfterOrEqualTo(stopped.executionStoppedAt());
        assertThat(stopped.containers().get(0).exitCode()).as("a JVM answers SIGTERM with 143").isEqualTo(143);
        assertThat(stopped.attachments().get(0).status()).isEqualTo("DELETED");
    }

    @Test
    void stoppedTasksStayListedForAboutAnHourThenVanish() {
        String td = EcsFixtures.fargateRevision(ecs, "ephemeral", Map.of());
        Task t = run(td, "vanishing");
        control.advance(Duration.ofMinutes(1));
        ecs.stopTask(b -> b.cluster("jobs").task(t.taskArn()));
        control.advance(Duration.ofMinutes(1));
        assertThat(describe(t.taskArn()).stoppedReason()).isEqualTo("Task stopped by user");
        assertThat(ecs.listTasks(b -> b.cluster("jobs").startedBy("vanishing").desiredStatus(DesiredStatus.STOPPED)).taskArns())
                .containsExactly(t.taskArn());
        control.advance(Duration.ofMinutes(61), Duration.ofMinutes(5));
        assertThat(ecs.listTasks(b -> b.cluster("jobs").startedBy("vanishing").desiredStatus(DesiredStatus.STOPPED)).taskArns())
                .isEmpty();
        assertThat(ecs.describeTasks(b -> b.cluster("jobs").tasks(t.taskArn())).failures())
                .singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo("MISSING"));
    }

    @Test
    void containersThatExitOnTheirOwnStopTheTaskWithTheirExitCode() {
        Task finished = run(EcsFixtures.fargateRevision(ecs, "job", Map.of("sandbox.behaviour", "exit",
                "sandbox.lifetime", "20")), "exits");
        Task oom = run(EcsFixtures.fargateRevision(ecs, "leaky", Map.of("sandbox.behaviour", "oom",
                "sandbox.lifetime", "30")), "exits");
        Task crash = run(EcsFixtures.fargateRevision(ecs, "crashy", Map.of("sandbox.behaviour", "crash",
                "sandbox.lifetime", "20")), "exits");
        Task unpullable = run(EcsFixtures.fargateRevision(ecs, "unpullable", "example.com/team/unpullable:9.9",
                Map.of("sandbox.behaviour", "pull-error")), "exits");
        control.advance(Duration.ofMinutes(3));

        Task f = describe(finished.taskArn());
        assertThat(f.stopCodeAsString()).isEqualTo("EssentialContainerExited");
        assertThat(f.stoppedReason()).isEqualTo("Essential container in task exited");
        assertThat(f.containers().get(0).exitCode()).isZero();

        Task o = describe(oom.taskArn());
        assertThat(o.stopCodeAsString()).isEqualTo("EssentialContainerExited");
        assertThat(o.containers().get(0).exitCode()).isEqualTo(137);
        assertThat(o.containers().get(0).reason()).isEqualTo("OutOfMemoryError: Container killed due to memory usage");

        Task c = describe(crash.taskArn());
        assertThat(c.containers().get(0).exitCode()).isEqualTo(1);
        assertThat(c.startedAt()).as("crashed after it ran").isNotNull();
        JsonNode stream = stream("/ecs/crashy", "ecs/crashy/" + id(crash));
        assertThat(stream.get("lastMessage").asText()).startsWith("\t... ").contains("common frames omitted");

        Task p = describe(unpullable.taskArn());
        assertThat(p.stopCodeAsString()).isEqualTo("TaskFailedToStart");
        assertThat(p.stoppedReason()).startsWith("CannotPullContainerError: ")
                .contains("failed to resolve ref example.com/team/unpullable:9.9");
        assertThat(p.startedAt()).isNull();
        assertThat(p.containers().get(0).reason()).isEqualTo(p.stoppedReason());
        assertThat(p.containers().get(0).exitCode()).isNull();

        assertThat(ecs.listTasks(b -> b.cluster("jobs").family("leaky").desiredStatus(DesiredStatus.STOPPED)).taskArns())
                .containsExactly(oom.taskArn());
    }

    @Test
    void fargateSpotTasksAreInterruptedSoonerOrLater() {
        String td = EcsFixtures.fargateRevision(ecs, "spotty", Map.of());
        Task spot = ecs.runTask(b -> b.cluster("jobs").taskDefinition(td).startedBy("spot")
                .capacityProviderStrategy(p -> p.capacityProvider("FARGATE_SPOT").weight(1))
                .networkConfiguration(n -> n.awsvpcConfiguration(v -> v.subnets(EcsFixtures.SUBNETS)))).tasks().get(0);
        assertThat(spot.capacityProviderName()).isEqualTo("FARGATE_SPOT");
        assertThat(spot.launchType()).isEqualTo(LaunchType.FARGATE);
        Task stopped = spot;
        for (int step = 0; step < 42 && !"STOPPED".equals(stopped.lastStatus()); step++) {
            control.advance(Duration.ofMinutes(10));
            stopped = describe(spot.taskArn());
        }
        assertThat(stopped.stopCodeAsString()).isEqualTo("SpotInterruption");
        assertThat(stopped.stoppedReason()).isEqualTo("Your Spot Task was interrupted.");
        assertThat(stopped.startedAt()).isNotNull();
    }

    @Test
    void containerHealthChecksTurnHealthyAfterTheirStartPeriod() {
        String td = ecs.registerTaskDefinition(b -> b.family("checked-health").networkMode(NetworkMode.AWSVPC)
                .requiresCompatibilitiesWithStrings("FARGATE").cpu("256").memory("512")
                .containerDefinitions(c -> c.name("app").image("example/app:1")
                        .healthCheck(h -> h.command("CMD-SHELL", "curl -f http://localhost:8080/health").interval(10).startPeriod(20))))
                .taskDefinition().taskDefinitionArn();
        Task t = run(td, "health");
        control.advance(Duration.ofSeconds(30));
        assertThat(describe(t.taskArn()).healthStatusAsString()).isEqualTo("UNKNOWN");
        control.advance(Duration.ofMinutes(2));
        Task healthy = describe(t.taskArn());
        assertThat(healthy.lastStatus()).isEqualTo("RUNNING");
        assertThat(healthy.healthStatusAsString()).isEqualTo("HEALTHY");
        assertThat(healthy.containers().get(0).healthStatusAsString()).isEqualTo("HEALTHY");
    }

    @Test
    void runTaskAndStopTaskCheckTheirInput() {
        String td = EcsFixtures.fargateRevision(ecs, "checked", Map.of());
        assertThatThrownBy(() -> ecs.runTask(b -> b.cluster("jobs").taskDefinition(td).count(11).launchType(LaunchType.FARGATE)
                .networkConfiguration(n -> n.awsvpcConfiguration(v -> v.subnets(EcsFixtures.SUBNETS)))))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> ecs.runTask(b -> b.cluster("jobs").taskDefinition(td).launchType(LaunchType.FARGATE)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("Network Configuration must be provided");
        assertThatThrownBy(() -> ecs.runTask(b -> b.cluster("jobs").taskDefinition("nothing-here")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("TaskDefinition not found.");
        String ec2 = ecs.registerTaskDefinition(b -> b.family("on-ec2")
                .containerDefinitions(c -> c.name("x").image("busybox").memory(64))).taskDefinition().taskDefinitionArn();
        assertThatThrownBy(() -> ecs.runTask(b -> b.cluster("jobs").taskDefinition(ec2).launchType(LaunchType.EC2)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("No Container Instances were found");
        assertThatThrownBy(() -> ecs.stopTask(b -> b.cluster("jobs").task("0123456789abcdef0123456789abcdef")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("The referenced task was not found.");
    }

    @Test
    void describeTasksTakesUpToAHundredIdsOrArns() {
        String td = EcsFixtures.fargateRevision(ecs, "counted", Map.of());
        Task t = run(td, "described");
        String id = id(t);
        var answer = ecs.describeTasks(b -> b.cluster("jobs").tasks(id, "ffffffffffffffffffffffffffffffff"));
        assertThat(answer.tasks()).extracting(Task::taskArn).containsExactly(t.taskArn());
        assertThat(answer.failures()).singleElement().satisfies(f -> {
            assertThat(f.arn()).isEqualTo("arn:aws:ecs:us-east-1:123456789012:task/jobs/ffffffffffffffffffffffffffffffff");
            assertThat(f.reason()).isEqualTo("MISSING");
        });
        List<String> tooMany = IntStream.range(0, 101).mapToObj(i -> String.format("%032x", i)).toList();
        assertThatThrownBy(() -> ecs.describeTasks(b -> b.cluster("jobs").tasks(tooMany)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("taskIds can have at most 100 items.");
        assertThatThrownBy(() -> ecs.describeTasks(b -> b.cluster("jobs").tasks(List.of())))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("Tasks cannot be empty.");
    }

    @Test
    void listTasksFiltersAndPagesOverMoreThanAHundredTasks() {
        String td = EcsFixtures.fargateRevision(ecs, "crowd", Map.of());
        for (int i = 0; i < 11; i++) {
            ecs.runTask(b -> b.cluster("jobs").taskDefinition(td).count(10).launchType(LaunchType.FARGATE).startedBy("crowd")
                    .networkConfiguration(n -> n.awsvpcConfiguration(v -> v.subnets(EcsFixtures.SUBNETS))));
        }
        var first = ecs.listTasks(b -> b.cluster("jobs").startedBy("crowd"));
        assertThat(first.taskArns()).hasSize(100);
        assertThat(first.nextToken()).isNotBlank();
        List<String> all = ecs.listTasksPaginator(b -> b.cluster("jobs").family("crowd").maxResults(30)).taskArns().stream().toList();
        assertThat(all).hasSize(110).doesNotHaveDuplicates();
        assertThat(ecs.listTasks(b -> b.cluster("jobs").family("crowd").desiredStatus(DesiredStatus.STOPPED)).taskArns()).isEmpty();
        assertThatThrownBy(() -> ecs.listTasks(b -> b.cluster("jobs").nextToken("bm90IG91cnM")))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void tagsCanBeAddedListedAndRemovedOnClustersServicesAndTasks() {
        String td = EcsFixtures.fargateRevision(ecs, "tagged", Map.of());
        Task t = run(td, "tagged");
        String service = EcsFixtures.fargateService(ecs, "jobs", "tagged", td, 0, b -> { }).serviceArn();
        String cluster = "arn:aws:ecs:us-east-1:123456789012:cluster/jobs";
        for (String arn : List.of(cluster, service, t.taskArn())) {
            ecs.tagResource(b -> b.resourceArn(arn).tags(x -> x.key("owner").value("sre"), x -> x.key("tier").value("1")));
            ecs.untagResource(b -> b.resourceArn(arn).tagKeys("tier"));
            assertThat(ecs.listTagsForResource(b -> b.resourceArn(arn)).tags())
                    .extracting(x -> x.key() + "=" + x.value()).containsExactly("owner=sre");
        }
        assertThatThrownBy(() -> ecs.listTagsForResource(b -> b.resourceArn("not-an-arn")))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> ecs.tagResource(b -> b.resourceArn("arn:aws:ecs:us-east-1:123456789012:service/jobs/ghost")
                .tags(x -> x.key("a").value("b"))))
                .satisfies(e -> assertThat(((EcsException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ResourceNotFoundException"));
    }

    private static String id(Task t) {
        return t.taskArn().substring(t.taskArn().lastIndexOf('/') + 1);
    }

    private static JsonNode stream(String group, String stream) {
        for (JsonNode s : control.logStreams("us-east-1")) {
            if (s.get("logGroupName").asText().equals(group) && s.get("logStreamName").asText().equals(stream)) {
                return s;
            }
        }
        throw new AssertionError("no log stream " + group + " " + stream + " was written");
    }
}
