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

/** The demo sandbox driven by the AWS CLI v2 as a separate process, the way people script it. */
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
