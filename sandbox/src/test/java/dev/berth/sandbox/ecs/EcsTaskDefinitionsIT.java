package dev.berth.sandbox.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.sandbox.RunningSandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ClientException;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.LogDriver;
import software.amazon.awssdk.services.ecs.model.NetworkMode;
import software.amazon.awssdk.services.ecs.model.SortOrder;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionFamilyStatus;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionField;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionStatus;

class EcsTaskDefinitionsIT {
    private static RunningSandbox sandbox;
    private static EcsClient ecs;

    @BeforeAll
    static void start() {
        sandbox = RunningSandbox.emptyAndStill();
        ecs = sandbox.ecs();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void registeringFillsInEcsDefaultsAndNumbersRevisions() {
        TaskDefinition first = ecs.registerTaskDefinition(b -> b.family("defaults")
                .containerDefinitions(c -> c.name("app").image("nginx:1.27").memory(256)
                        .portMappings(p -> p.containerPort(80)))
                .tags(t -> t.key("team").value("web"))).taskDefinition();
        TaskDefinition second = ecs.registerTaskDefinition(b -> b.family("defaults")
                .containerDefinitions(c -> c.name("app").image("nginx:1.28").memory(256))).taskDefinition();
        assertThat(first.taskDefinitionArn()).isEqualTo("arn:aws:ecs:us-east-1:123456789012:task-definition/defaults:1");
        assertThat(second.revision()).isEqualTo(2);
        assertThat(first.status()).isEqualTo(TaskDefinitionStatus.ACTIVE);
        assertThat(first.registeredAt()).isNotNull();
        ContainerDefinition c = first.containerDefinitions().get(0);
        assertThat(c.essential()).isTrue();
        assertThat(c.cpu()).isZero();
        assertThat(c.portMappings().get(0).protocolAsString()).isEqualTo("tcp");
        assertThat(c.portMappings().get(0).hostPort()).as("bridge mode picks a host port at run time").isZero();
        assertThat(first.compatibilitiesAsStrings()).containsExactly("EC2");
    }

    @Test
    void describeFindsLatestActiveRevisionAndTagsOnRequest() {
        String arn = EcsFixtures.fargateRevision(ecs, "described", Map.of());
        ecs.tagResource(b -> b.resourceArn(arn).tags(t -> t.key("owner").value("me")));
        var plain = ecs.describeTaskDefinition(b -> b.taskDefinition("described"));
        assertThat(plain.taskDefinition().taskDefinitionArn()).isEqualTo(arn);
        assertThat(plain.tags()).isEmpty();
        var tagged = ecs.describeTaskDefinition(b -> b.taskDefinition(arn).include(TaskDefinitionField.TAGS));
        assertThat(tagged.tags()).singleElement().satisfies(t -> assertThat(t.key()).isEqualTo("owner"));
        TaskDefinition td = tagged.taskDefinition();
        assertThat(td.networkMode()).isEqualTo(NetworkMode.AWSVPC);
        assertThat(td.compatibilities()).contains(Compatibility.FARGATE);
        assertThat(td.requiresAttributes()).extracting(a -> a.name()).contains("ecs.capability.task-eni",
                "com.amazonaws.ecs.capability.logging-driver.awslogs");
        assertThat(td.cpu()).isEqualTo("256");
    }

    @Test
    void deregisteredRevisionsAreInactiveAndSkippedByFamilyName() {
        String one = EcsFixtures.fargateRevision(ecs, "retired", Map.of());
        String two = EcsFixtures.fargateRevision(ecs, "retired", Map.of());
        TaskDefinition gone = ecs.deregisterTaskDefinition(b -> b.taskDefinition(two)).taskDefinition();
        assertThat(gone.status()).isEqualTo(TaskDefinitionStatus.INACTIVE);
        assertThat(gone.deregisteredAt()).isNotNull();
        assertThat(ecs.describeTaskDefinition(b -> b.taskDefinition("retired")).taskDefinition().taskDefinitionArn())
                .isEqualTo(one);
        assertThat(ecs.listTaskDefinitions(b -> b.familyPrefix("retired").status(TaskDefinitionStatus.INACTIVE))
                .taskDefinitionArns()).containsExactly(two);
    }

    @Test
    void listingFiltersByFamilyAndSortsBothWays() {
        for (int i = 0; i < 3; i++) {
            EcsFixtures.fargateRevision(ecs, "sorted", Map.of());
        }
        List<String> ascending = ecs.listTaskDefinitions(b -> b.familyPrefix("sorted")).taskDefinitionArns();
        List<String> descending = ecs.listTaskDefinitions(b -> b.familyPrefix("sorted").sort(SortOrder.DESC)).taskDefinitionArns();
        assertThat(ascending).extracting(a -> a.substring(a.lastIndexOf(':') + 1)).containsExactly("1", "2", "3");
        assertThat(descending).containsExactlyElementsOf(ascending.reversed());
        List<String> paged = ecs.listTaskDefinitionsPaginator(b -> b.familyPrefix("sorted").sort(SortOrder.DESC).maxResults(1))
                .taskDefinitionArns().stream().toList();
        assertThat(paged).containsExactlyElementsOf(descending);
    }

    @Test
    void familiesListByPrefixAndStatus() {
        EcsFixtures.fargateRevision(ecs, "fam-alive", Map.of());
        String dead = EcsFixtures.fargateRevision(ecs, "fam-dead", Map.of());
        ecs.deregisterTaskDefinition(b -> b.taskDefinition(dead));
        assertThat(ecs.listTaskDefinitionFamilies(b -> b.familyPrefix("fam-")).families()).containsExactly("fam-alive");
        assertThat(ecs.listTaskDefinitionFamilies(b -> b.familyPrefix("fam-").status(TaskDefinitionFamilyStatus.INACTIVE))
                .families()).containsExactly("fam-dead");
        assertThat(ecs.listTaskDefinitionFamilies(b -> b.familyPrefix("fam-").status(TaskDefinitionFamilyStatus.ALL))
                .families()).containsExactly("fam-alive", "fam-dead");
    }

    @Test
    void invalidDefinitionsAreRefusedWithEcsMessages() {
        assertThatThrownBy(() -> ecs.registerTaskDefinition(b -> b.family("empty")))
                .isInstanceOf(ClientException.class).hasMessageContaining("Container list cannot be empty.");
        assertThatThrownBy(() -> ecs.registerTaskDefinition(b -> b.family("noimage")
                .containerDefinitions(c -> c.name("x").memory(128))))
                .isInstanceOf(ClientException.class).hasMessageContaining("Container.image should not be null or empty.");
        assertThatThrownBy(() -> ecs.registerTaskDefinition(b -> b.family("nomemory")
                .containerDefinitions(c -> c.name("x").image("busybox"))))
                .isInstanceOf(ClientException.class).hasMessageContaining("At least one of 'memory' or 'memoryReservation'");
        assertThatThrownBy(() -> ecs.registerTaskDefinition(b -> b.family("fargate-bridge")
                .requiresCompatibilities(Compatibility.FARGATE).cpu("256").memory("512")
                .containerDefinitions(c -> c.name("x").image("busybox"))))
                .isInstanceOf(ClientException.class).hasMessageContaining("Fargate only supports network mode 'awsvpc'.");
        assertThatThrownBy(() -> ecs.registerTaskDefinition(b -> b.family("fargate-size")
                .requiresCompatibilities(Compatibility.FARGATE).networkMode(NetworkMode.AWSVPC).cpu("256").memory("4096")
                .containerDefinitions(c -> c.name("x").image("busybox"))))
                .isInstanceOf(ClientException.class).hasMessageContaining("No Fargate configuration exists for given values");
        assertThatThrownBy(() -> ecs.registerTaskDefinition(b -> b.family("fargate-logs")
                .requiresCompatibilities(Compatibility.FARGATE).networkMode(NetworkMode.AWSVPC).cpu("256").memory("512")
                .containerDefinitions(c -> c.name("x").image("busybox").logConfiguration(l -> l.logDriver(LogDriver.AWSLOGS)
                        .options(Map.of("awslogs-group", "/x"))))))
                .isInstanceOf(ClientException.class).hasMessageContaining("execution role ARN to support log driver awslogs");
        assertThatThrownBy(() -> ecs.registerTaskDefinition(b -> b.family("bad-label")
                .containerDefinitions(c -> c.name("x").image("busybox").memory(64)
                        .dockerLabels(Map.of("sandbox.behaviour", "explode")))))
                .isInstanceOf(ClientException.class).hasMessageContaining("sandbox.behaviour");
        assertThatThrownBy(() -> ecs.describeTaskDefinition(b -> b.taskDefinition("never-registered:9")))
                .isInstanceOf(ClientException.class).hasMessageContaining("Unable to describe task definition.");
    }

    @Test
    void volumesMountPointsRolesAndSecretsAreKeptAndCheckedAsEcsDoes() {
        TaskDefinition td = ecs.registerTaskDefinition(b -> b.family("stateful")
                .networkMode(NetworkMode.AWSVPC).requiresCompatibilities(Compatibility.FARGATE).cpu("256").memory("512")
                .executionRoleArn("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                .taskRoleArn("arn:aws:iam::123456789012:role/stateful-task")
                .volumes(v -> v.name("data").efsVolumeConfiguration(e -> e.fileSystemId("fs-0123456789abcdef0")
                                .transitEncryption("ENABLED").authorizationConfig(a -> a.accessPointId("fsap-0123456789abcdef0").iam("ENABLED"))),
                        v -> v.name("tmp"))
                .containerDefinitions(c -> c.name("app").image("app:1").essential(true)
                        .mountPoints(m -> m.sourceVolume("data").containerPath("/data").readOnly(true))
                        .secrets(x -> x.name("DB_PASSWORD").valueFrom("arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbC123"))
                        .environment(e -> e.name("API_TOKEN").value("plain-text")))).taskDefinition();
        TaskDefinition described = ecs.describeTaskDefinition(b -> b.taskDefinition(td.taskDefinitionArn())).taskDefinition();
        assertThat(described.volumes()).extracting(v -> v.name()).containsExactly("data", "tmp");
        assertThat(described.volumes().get(0).efsVolumeConfiguration().authorizationConfig().accessPointId())
                .isEqualTo("fsap-0123456789abcdef0");
        assertThat(described.containerDefinitions().get(0).mountPoints()).singleElement()
                .satisfies(m -> assertThat(m.readOnly()).isTrue());
        assertThat(described.containerDefinitions().get(0).secrets().get(0).valueFrom()).startsWith("arn:aws:secretsmanager:");
        assertThat(described.taskRoleArn()).isEqualTo("arn:aws:iam::123456789012:role/stateful-task");
        assertThat(described.requiresAttributes()).extracting(a -> a.name()).contains("com.amazonaws.ecs.capability.task-iam-role");

        assertThatThrownBy(() -> ecs.registerTaskDefinition(b -> b.family("bad").networkMode(NetworkMode.AWSVPC)
                .requiresCompatibilities(Compatibility.FARGATE).cpu("256").memory("512")
                .volumes(v -> v.name("cache").dockerVolumeConfiguration(d -> d.scope("shared").driver("local")))
                .containerDefinitions(c -> c.name("app").image("app:1"))))
                .isInstanceOf(ClientException.class).hasMessageContaining("Docker volumes are not supported by Fargate");
        assertThatThrownBy(() -> ecs.registerTaskDefinition(b -> b.family("bad")
                .containerDefinitions(c -> c.name("app").image("app:1").memory(128)
                        .secrets(x -> x.name("K").valueFrom("arn:aws:ssm:us-east-1:123456789012:parameter/k")))))
                .isInstanceOf(ClientException.class).hasMessageContaining("executionRoleArn");
        assertThatThrownBy(() -> ecs.registerTaskDefinition(b -> b.family("bad")
                .containerDefinitions(c -> c.name("app").image("app:1").memory(128)
                        .mountPoints(m -> m.sourceVolume("nowhere").containerPath("/x")))))
                .isInstanceOf(ClientException.class).hasMessageContaining("unknown volume 'nowhere'");
        assertThatThrownBy(() -> ecs.registerTaskDefinition(b -> b.family("bad")
                .volumes(v -> v.name("data").efsVolumeConfiguration(e -> e.fileSystemId("fs-1")
                        .authorizationConfig(a -> a.accessPointId("fsap-1"))))
                .containerDefinitions(c -> c.name("app").image("app:1").memory(128))))
                .isInstanceOf(ClientException.class).hasMessageContaining("transit encryption must be enabled");
    }
}
