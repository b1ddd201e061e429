package dev.berth.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.tui.BerthMain;
import dev.berth.tui.support.FakeSession;
import dev.berth.tui.support.Surroundings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@code berth service CLUSTER SERVICE} on the fake session: the picture as JSON, YAML and text, secrets masked unless asked. */
class ServiceCommandTest {
    private final Clock clock = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private final FakeSession session = FakeSession.demo(clock);
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return BerthMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true), () -> options -> session,
                Prompter.console());
    }

    @Test
    void jsonHasTheWholePictureWithEachTargetBesideItsTaskAndSecretsMasked() throws Exception {
        assertThat(run("service", "demo", "web", "-o", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("service").path("name").asText()).isEqualTo("web");
        JsonNode failing = json.path("loadBalancing").path("targetGroups").path(0).path("targets").path(1);
        assertThat(failing.path("state").asText()).isEqualTo("unhealthy");
        assertThat(failing.path("reason").asText()).isEqualTo("Target.ResponseCodeMismatch");
        assertThat(failing.path("taskId").asText()).isEqualTo("1b2c3d4e5f60718293a4b5c6d7e8f90a");
        assertThat(json.path("loadBalancing").path("healthCheckGracePeriodSeconds").asInt()).isEqualTo(60);
        assertThat(json.path("discovery").path("registries").path(0).path("records").path(0).path("ttlSeconds").asInt()).isEqualTo(10);
        assertThat(json.path("alarms").path(0).path("state").asText()).isEqualTo("ALARM");
        assertThat(json.path("cost").path("monthlyOnDemand").asDouble()).isEqualTo(18.02);
        assertThat(json.path("tasks")).hasSize(3);
        JsonNode container = json.path("taskDefinition").path("containers").path(0);
        assertThat(container.path("environment").path("API_TOKEN").asText()).isEqualTo("********");
        assertThat(container.path("secrets").path("DB_PASSWORD").asText()).startsWith("arn:aws:secretsmanager:");
        assertThat(out.toString()).doesNotContain(Surroundings.WEB_TOKEN);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void revealSecretsPrintsTheValues() {
        assertThat(run("service", "demo", "web", "-o", "yaml", "--reveal-secrets")).isZero();
        assertThat(out.toString()).contains("API_TOKEN: \"" + Surroundings.WEB_TOKEN + "\"").contains("reason: \"Target.ResponseCodeMismatch\"");
    }

    @Test
    void tableIsTheDetailsPageAsTextThenTheTasks() {
        assertThat(run("service", "demo", "web")).isZero();
        assertThat(out.toString()).contains(" Service web").contains(" Load balancing  grace period 60 s")
                .containsPattern("✖ 10\\.0\\.1\\.\\d+:80\\s+1b2c3d4e  unhealthy  Target.ResponseCodeMismatch: Health checks failed")
                .contains("API_TOKEN  ********  (masked)")
                .contains("Secret-looking environment values are masked; --reveal-secrets prints them.")
                .contains(" Tasks (running, and stopped in the last hour)")
                .containsPattern("2c3d4e5f\\s+STOPPED")
                .doesNotContain(Surroundings.WEB_TOKEN);
    }

    @Test
    void anUnknownServiceFailsWithOneLine() {
        assertThat(run("service", "demo", "nope", "-o", "json")).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(err.toString()).isEqualTo("berth service: no service nope in cluster demo\n");
        assertThat(out.toString()).isEmpty();
    }
}
