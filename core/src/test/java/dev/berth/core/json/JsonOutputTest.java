package dev.berth.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.model.Alarm;
import dev.berth.core.model.CapacityProviderShare;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CostEstimate;
import dev.berth.core.model.DeploymentSettings;
import dev.berth.core.model.Discovery;
import dev.berth.core.model.DiscoveryInstance;
import dev.berth.core.model.DiscoveryNamespace;
import dev.berth.core.model.DiscoveryRegistry;
import dev.berth.core.model.DnsRecord;
import dev.berth.core.model.FargatePrice;
import dev.berth.core.model.HealthCheckSettings;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.LoadBalancerRef;
import dev.berth.core.model.LoadBalancing;
import dev.berth.core.model.MountPoint;
import dev.berth.core.model.NetworkSettings;
import dev.berth.core.model.Rightsizing;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceConnectSettings;
import dev.berth.core.model.ServiceRegistryRef;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetHealth;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.core.model.TaskSet;
import dev.berth.core.model.Volume;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every record the surroundings brought serialises with Jackson and reads back equal; secrets stay out unless revealed. */
class JsonOutputTest {
    private static final Instant T = Instant.parse("2025-03-01T12:00:00Z");
    private static final ObjectMapper REVEALING = JsonOutput.mapper(true);
    private static final ObjectMapper MASKING = JsonOutput.mapper(false);

    private static final TaskSet TASK_SET = new TaskSet("ecs-svc/1", "arn:ts", "PRIMARY", "arn:td/shop:3", "FARGATE",
            List.of(new CapacityProviderShare("FARGATE_SPOT", 2, 0)), 2, 2, 0, 100, "STEADY_STATE", T, "blue",
            List.of(new LoadBalancerRef("arn:tg/blue", null, "shop", 8080)), T, T);
    private static final ServiceConnectSettings CONNECT = new ServiceConnectSettings(true, "prod.internal",
            List.of(new ServiceConnectSettings.Endpoint("http", "shop", List.of(new ServiceConnectSettings.ClientAlias("shop.prod.internal", 80)))));

    static List<Object> newRecords() {
        TargetGroup group = new TargetGroup("arn:tg/blue", "blue", "HTTP", 8080, "ip", List.of("arn:lb"),
                new HealthCheckSettings("HTTP", "traffic-port", "/health", 10, 5, 2, 3, "200"), 90,
                List.of(new TargetHealth("10.0.1.1", 8080, "us-east-1a", "unhealthy", "Target.Timeout", "Request timed out", "t1")));
        DiscoveryRegistry registry = new DiscoveryRegistry("arn:srv", "srv-1", "shop", new DiscoveryNamespace("ns-1", "arn:ns",
                "prod.internal", "DNS_PRIVATE"), "MULTIVALUE", List.of(new DnsRecord("A", 10)), true,
                List.of(new DiscoveryInstance("t1", "10.0.1.1", null, "us-east-1a", "HEALTHY", "t1", Map.of("AWS_INSTANCE_IPV4", "10.0.1.1"))));
        Rightsizing hint = new Rightsizing(24, 9.0, 12.0, 10.0, 20.0, 256, 1024, 50.82, Rightsizing.Verdict.OVERSIZED, "peaks at ...");
        return List.of(
                new LoadBalancing("prod", "shop", 30, List.of(group), List.of(new LoadBalancer("arn:lb", "web", "application",
                        "internet-facing", "web-1.elb.amazonaws.com", "active"))),
                new Discovery("prod", "shop", List.of(registry), Set.of("t1"), CONNECT),
                new Alarm("cpu-high", "arn:alarm", "CPU above 80%", "ALARM", "Threshold Crossed", T, "AWS/ECS", "CPUUtilization",
                        Map.of("ClusterName", "prod", "ServiceName", "shop"), "Average", 80.0, "GreaterThanThreshold", 60, 3),
                new CostEstimate("prod", "shop", "us-east-1", true, "note", 1024, 2048, 2, 1, 36.04, 10.81,
                        new FargatePrice("us-east-1", 0.04048, 0.004445, 0.012144, 0.0013335), "2026-03-01",
                        "https://aws.amazon.com/fargate/pricing/", hint),
                TASK_SET,
                new Volume("receipts", Volume.Kind.EFS, null, new Volume.Efs("fs-1", "/", "fsap-1", true, true), null),
                new Volume("cache", Volume.Kind.DOCKER, null, null, new Volume.Docker("shared", "local", true)),
                new ServiceRegistryRef("arn:srv", null, "shop", 8080),
                service(),
                new Task("arn:task/t1", "t1", "arn:cluster", "arn:td/shop:3", "service:shop", "ecs-svc/1", "RUNNING", "RUNNING",
                        "HEALTHY", "FARGATE", "FARGATE_SPOT", "us-east-1a", "10.0.1.1", null, "256", "512", T, T, null, null, null,
                        null, List.of(), "eni-0abc", "subnet-0a"));
    }

    private static Service service() {
        return new Service("arn:svc", "shop", "arn:cluster", "ACTIVE", 2, 2, 0, "arn:td/shop:3", null,
                List.of(new CapacityProviderShare("FARGATE_SPOT", 2, 0)), new DeploymentSettings(100, 200, true, true), List.of(),
                List.of(), new NetworkSettings(List.of("subnet-0a"), List.of("sg-1"), false), List.of(), 30, "EXTERNAL", T,
                Map.of("team", "shop"), List.of(TASK_SET), List.of(new ServiceRegistryRef("arn:srv", 8080, null, null)), CONNECT);
    }

    private static TaskDefinition definition() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("API_TOKEN", "tok-123");
        env.put("LOG_LEVEL", "info");
        ContainerDefinition c = new ContainerDefinition("shop", "shop:3", 256, 512, true, env,
                Map.of("DB_PASSWORD", "arn:aws:secretsmanager:us-east-1:1:secret:db"), null,
                List.of(new MountPoint("receipts", "/receipts", true)));
        return new TaskDefinition(new TaskDefinitionRef("arn:td/shop:3", "shop", 3), "ACTIVE", "256", "512", "awsvpc",
                List.of("FARGATE"), "arn:role/exec", "arn:role/shop", List.of(c), T, "{\"value\": \"tok-123\"}",
                List.of(new Volume("receipts", Volume.Kind.BIND, null, null, null)), "{\"value\": \"********\"}");
    }

    @Test
    void everyNewRecordWritesAndReadsBackEqual() throws Exception {
        for (Object r : newRecords()) {
            String json = REVEALING.writeValueAsString(r);
            assertThat(REVEALING.readValue(json, r.getClass())).as(r.getClass().getSimpleName() + " from " + json).isEqualTo(r);
        }
        TaskDefinition td = definition();
        assertThat(REVEALING.readValue(REVEALING.writeValueAsString(td), TaskDefinition.class)).isEqualTo(td);
    }

    @Test
    void timestampsAreIsoTextAndRecordsWriteTheirComponentsOnly() throws Exception {
        JsonNode set = REVEALING.readTree(REVEALING.writeValueAsString(TASK_SET));
        assertThat(set.get("createdAt").asText()).isEqualTo("2025-03-01T12:00:00Z");
        assertThat(set.has("primary")).as("derived methods are not written").isFalse();
        JsonNode cost = REVEALING.readTree(REVEALING.writeValueAsString(newRecords().get(3)));
        assertThat(cost.get("rightsizing").get("verdict").asText()).isEqualTo("OVERSIZED");
        assertThat(cost.get("price").get("vcpuHour").asDouble()).isEqualTo(0.04048);
    }

    @Test
    void secretsAreMaskedUnlessRevealed() throws Exception {
        JsonNode masked = MASKING.readTree(MASKING.writeValueAsString(definition()));
        JsonNode container = masked.get("containers").get(0);
        assertThat(container.get("environment").get("API_TOKEN").asText()).isEqualTo("********");
        assertThat(container.get("environment").get("LOG_LEVEL").asText()).isEqualTo("info");
        assertThat(container.get("secrets").get("DB_PASSWORD").asText()).startsWith("arn:aws:secretsmanager:");
        assertThat(masked.has("json")).isFalse();
        assertThat(masked.toString()).doesNotContain("tok-123");
        JsonNode revealed = REVEALING.readTree(REVEALING.writeValueAsString(definition()));
        assertThat(revealed.get("containers").get(0).get("environment").get("API_TOKEN").asText()).isEqualTo("tok-123");
    }
}
