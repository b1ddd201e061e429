package dev.berth.core.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.model.DiscoveryInstance;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.servicediscovery.model.InstanceSummary;

class DiscoveryMapperTest {
    @Test
    void ecsInstancesStandForTheirTaskAndOthersForNone() {
        DiscoveryInstance task = DiscoveryMapper.instance(InstanceSummary.builder().id("0123456789abcdef0123456789abcdef")
                .attributes(Map.of("AWS_INSTANCE_IPV4", "10.0.1.9", "AWS_INSTANCE_PORT", "8080", "AVAILABILITY_ZONE", "us-east-1a"))
                .build(), "UNHEALTHY");
        assertThat(task.taskId()).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(task.ipv4()).isEqualTo("10.0.1.9");
        assertThat(task.port()).isEqualTo(8080);
        assertThat(task.unhealthy()).isTrue();
        DiscoveryInstance byHand = DiscoveryMapper.instance(InstanceSummary.builder().id("legacy-db")
                .attributes(Map.of("AWS_INSTANCE_IPV4", "10.0.9.9", "AWS_INSTANCE_PORT", "not-a-port")).build(), null);
        assertThat(byHand.taskId()).isNull();
        assertThat(byHand.port()).isNull();
        assertThat(byHand.health()).isEqualTo("UNKNOWN");
        DiscoveryInstance labelled = DiscoveryMapper.instance(InstanceSummary.builder().id("some-id")
                .attributes(Map.of("ECS_CLUSTER_NAME", "prod")).build(), "HEALTHY");
        assertThat(labelled.taskId()).as("ECS's attributes say it is a task").isEqualTo("some-id");
    }
}
