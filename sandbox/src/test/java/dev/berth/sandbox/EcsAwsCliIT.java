package dev.berth.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo sandbox driven by the AWS CLI v2 as a separate process, the way people script it: ECS, ELBv2, Cloud Map. */
class EcsAwsCliIT {
    private static final String CLI = "/usr/bin/aws";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Sandbox sandbox;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(new File(CLI).canExecute(), "AWS CLI v2 not installed at " + CLI + "; skipping the CLI checks");
        sandbox = Sandbox.start(SandboxOptions.defaults().withSpeed(20));
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void listsClustersAndDescribesServices() {
        JsonNode clusters = aws("ecs", "list-clusters");
        assertThat(clusters.get("clusterArns")).extracting(JsonNode::asText)
                .contains("arn:aws:ecs:us-east-1:123456789012:cluster/prod", "arn:aws:ecs:us-east-1:123456789012:cluster/staging");
        JsonNode services = aws("ecs", "describe-services", "--cluster", "prod", "--services", "web", "orders-api");
        assertThat(services.get("services")).extracting(s -> s.get("serviceName").asText()).containsExactly("web", "orders-api");
        assertThat(services.get("services").get(0).get("deployments").get(0).get("id").asText()).matches("ecs-svc/\\d{19}");
    }

    @Test
    void updateServiceDesiredCountAndRunningCountFollows() {
        JsonNode updated = aws("ecs", "update-service", "--cluster", "staging", "--service", "web", "--desired-count", "3");
        assertThat(updated.get("service").get("desiredCount").asInt()).isEqualTo(3);
        await().atMost(60, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode s = aws("ecs", "describe-services", "--cluster", "staging", "--services", "web").get("services").get(0);
            assertThat(s.get("runningCount").asInt()).isEqualTo(3);
        });
    }

    @Test
    void describesTheScalableTarget() {
        JsonNode targets = aws("application-autoscaling", "describe-scalable-targets", "--service-namespace", "ecs");
        assertThat(targets.get("ScalableTargets")).singleElement().satisfies(t -> {
            assertThat(t.get("ResourceId").asText()).isEqualTo("service/prod/checkout-api");
            assertThat(t.get("ScalableDimension").asText()).isEqualTo("ecs:service:DesiredCount");
        });
    }

    @Test
    void describesTargetGroupsAndTheHealthOfTheirTargets() {
        JsonNode groups = aws("elbv2", "describe-target-groups", "--names", "prod-web", "prod-catalog");
        assertThat(groups.get("TargetGroups")).extracting(g -> g.get("TargetGroupName").asText() + " " + g.get("HealthCheckPath").asText())
                .containsExactlyInAnyOrder("prod-web /healthz", "prod-catalog /health");
        JsonNode webGroup = null;
        for (JsonNode g : groups.get("TargetGroups")) {
            if (g.get("TargetGroupName").asText().equals("prod-web")) {
                webGroup = g;
            }
        }
        String web = webGroup.get("TargetGroupArn").asText();
        JsonNode health = aws("elbv2", "describe-target-health", "--target-group-arn", web);
        assertThat(health.get("TargetHealthDescriptions")).hasSize(3)
                .allSatisfy(t -> assertThat(t.get("TargetHealth").get("State").asText()).isIn("initial", "healthy", "draining"));
        JsonNode listeners = aws("elbv2", "describe-listeners", "--load-balancer-arn",
                webGroup.get("LoadBalancerArns").get(0).asText());
        assertThat(listeners.get("Listeners")).extracting(l -> l.get("Port").asInt()).containsExactlyInAnyOrder(80, 8080);
    }

    @Test
    void listsCloudMapServicesAndTheirInstancesHealth() {
        JsonNode namespaces = aws("servicediscovery", "list-namespaces");
        assertThat(namespaces.get("Namespaces")).extracting(n -> n.get("Name").asText()).containsExactly("prod.internal");
        JsonNode services = aws("servicediscovery", "list-services");
        String orders = null;
        for (JsonNode s : services.get("Services")) {
            if (s.get("Name").asText().equals("orders")) {
                orders = s.get("Id").asText();
            }
        }
        assertThat(orders).isNotNull();
        JsonNode instances = aws("servicediscovery", "list-instances", "--service-id", orders);
        assertThat(instances.get("Instances")).isNotEmpty()
                .allSatisfy(i -> assertThat(i.get("Attributes").get("AWS_INSTANCE_IPV4").asText()).startsWith("10.0."));
        JsonNode health = aws("servicediscovery", "get-instances-health-status", "--service-id", orders);
        assertThat(health.get("Status").size()).isEqualTo(instances.get("Instances").size());
    }

    private static JsonNode aws(String... args) {
        List<String> command = new ArrayList<>(List.of(CLI, "--endpoint-url", sandbox.endpoint().toString(), "--region",
                "us-east-1", "--output", "json"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        Map<String, String> env = pb.environment();
        env.put("AWS_ACCESS_KEY_ID", "AKIDSANDBOXCLI");
        env.put("AWS_SECRET_ACCESS_KEY", "sandbox-cli-secret");
        env.put("AWS_CONFIG_FILE", "/nonexistent/berth-config");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/berth-credentials");
        env.put("AWS_PAGER", "");
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("aws " + String.join(" ", args) + " failed: " + err);
            }
            return JSON.readTree(out);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + CLI + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
