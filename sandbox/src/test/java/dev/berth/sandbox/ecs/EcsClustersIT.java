package dev.berth.sandbox.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.sandbox.RunningSandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Cluster;
import software.amazon.awssdk.services.ecs.model.ClusterContainsServicesException;
import software.amazon.awssdk.services.ecs.model.ClusterField;
import software.amazon.awssdk.services.ecs.model.ClusterNotFoundException;
import software.amazon.awssdk.services.ecs.model.ClusterSettingName;
import software.amazon.awssdk.services.ecs.model.InvalidParameterException;
import software.amazon.awssdk.services.ecs.model.KeyValuePair;
import software.amazon.awssdk.services.ecs.model.ListClustersResponse;

class EcsClustersIT {
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
    void createdClusterIsListedAndDescribedWithSettingsTagsAndStatistics() {
        Cluster created = ecs.createCluster(b -> b.clusterName("alpha")
                .settings(s -> s.name(ClusterSettingName.CONTAINER_INSIGHTS).value("enabled"))
                .tags(t -> t.key("team").value("core"))).cluster();
        assertThat(created.clusterArn()).isEqualTo("arn:aws:ecs:us-east-1:123456789012:cluster/alpha");
        assertThat(created.status()).isEqualTo("ACTIVE");

        assertThat(ecs.listClusters().clusterArns()).contains(created.clusterArn());
        Cluster described = ecs.describeClusters(b -> b.clusters("alpha")
                .include(ClusterField.SETTINGS, ClusterField.TAGS, ClusterField.STATISTICS)).clusters().get(0);
        assertThat(described.settings()).singleElement()
                .satisfies(s -> assertThat(s.value()).isEqualTo("enabled"));
        assertThat(described.tags()).singleElement().satisfies(t -> assertThat(t.value()).isEqualTo("core"));
        assertThat(described.statistics()).extracting(KeyValuePair::name)
                .contains("runningFargateTasksCount", "pendingEC2TasksCount", "activeFargateServiceCount");
        assertThat(described.runningTasksCount()).isZero();
    }

    @Test
    void statisticsCountRealTasksAndServices() {
        ecs.createCluster(b -> b.clusterName("counted"));
        String td = EcsFixtures.fargateRevision(ecs, "counted-app", Map.of());
        EcsFixtures.fargateService(ecs, "counted", "app", td, 2, b -> { });
        sandbox.control().advance(Duration.ofMinutes(2));
        Cluster c = ecs.describeClusters(b -> b.clusters("counted").include(ClusterField.STATISTICS)).clusters().get(0);
        assertThat(c.runningTasksCount()).isEqualTo(2);
        assertThat(c.activeServicesCount()).isEqualTo(1);
        Map<String, String> stats = c.statistics().stream().collect(Collectors.toMap(KeyValuePair::name, KeyValuePair::value));
        assertThat(stats).containsEntry("runningFargateTasksCount", "2").containsEntry("runningEC2TasksCount", "0")
                .containsEntry("activeFargateServiceCount", "1");
    }

    @Test
    void unknownClustersAreReportedAsMissingFailures() {
        var answer = ecs.describeClusters(b -> b.clusters("nope", "arn:aws:ecs:us-east-1:123456789012:cluster/nada"));
        assertThat(answer.clusters()).isEmpty();
        assertThat(answer.failures()).extracting(f -> f.arn() + " " + f.reason()).containsExactly(
                "arn:aws:ecs:us-east-1:123456789012:cluster/nope MISSING",
                "arn:aws:ecs:us-east-1:123456789012:cluster/nada MISSING");
    }

    @Test
    void describeClustersRefusesMoreThanOneHundred() {
        List<String> names = IntStream.range(0, 101).mapToObj(i -> "c" + i).toList();
        assertThatThrownBy(() -> ecs.describeClusters(b -> b.clusters(names)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("at most 100");
    }

    @Test
    void listClustersPagesOverMoreThanAHundredClusters() {
        for (int i = 0; i < 105; i++) {
            String name = String.format("page-%03d", i);
            ecs.createCluster(b -> b.clusterName(name));
        }
        ListClustersResponse first = ecs.listClusters();
        assertThat(first.clusterArns()).hasSize(100);
        assertThat(first.nextToken()).isNotBlank();
        List<String> all = new ArrayList<>();
        ecs.listClustersPaginator(b -> b.maxResults(7)).clusterArns().forEach(all::add);
        assertThat(all).doesNotHaveDuplicates()
                .filteredOn(a -> a.contains("cluster/page-")).hasSize(105);
    }

    @Test
    void badPageSizesAndForeignTokensAreInvalidParameters() {
        assertThatThrownBy(() -> ecs.listClusters(b -> b.maxResults(0))).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> ecs.listClusters(b -> b.maxResults(101))).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> ecs.listClusters(b -> b.nextToken("not-a-token-we-gave")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("nextToken");
    }

    @Test
    void deleteRefusesClustersWithServicesThenDeletesEmptyOnes() {
        ecs.createCluster(b -> b.clusterName("busy"));
        String td = EcsFixtures.fargateRevision(ecs, "busy-app", Map.of());
        EcsFixtures.fargateService(ecs, "busy", "app", td, 0, b -> { });
        assertThatThrownBy(() -> ecs.deleteCluster(b -> b.cluster("busy"))).isInstanceOf(ClusterContainsServicesException.class);

        ecs.createCluster(b -> b.clusterName("idle"));
        assertThat(ecs.deleteCluster(b -> b.cluster("idle")).cluster().status()).isEqualTo("INACTIVE");
        assertThat(ecs.listClusters().clusterArns()).noneMatch(a -> a.endsWith("cluster/idle"));
        assertThat(ecs.describeClusters(b -> b.clusters("idle")).clusters().get(0).status()).isEqualTo("INACTIVE");
        assertThatThrownBy(() -> ecs.deleteCluster(b -> b.cluster("idle"))).isInstanceOf(ClusterNotFoundException.class);
    }

    @Test
    void operationsOnAnUnknownClusterFailWithClusterNotFound() {
        assertThatThrownBy(() -> ecs.listServices(b -> b.cluster("ghost"))).isInstanceOf(ClusterNotFoundException.class);
        assertThatThrownBy(() -> ecs.listTasks(b -> b.cluster("ghost"))).isInstanceOf(ClusterNotFoundException.class);
        assertThatThrownBy(() -> ecs.describeServices(b -> b.cluster("ghost").services("x")))
                .isInstanceOf(ClusterNotFoundException.class);
        // Without a cluster, ECS means "default", which this account does not have.
        assertThatThrownBy(() -> ecs.listServices(b -> { })).isInstanceOf(ClusterNotFoundException.class);
    }
}
