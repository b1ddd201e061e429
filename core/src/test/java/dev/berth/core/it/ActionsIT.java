package dev.berth.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.Session;
import dev.berth.core.actions.ActionEvent;
import dev.berth.core.actions.ActionRefused;
import dev.berth.core.actions.AuditLog;
import dev.berth.core.actions.ChangeRevision;
import dev.berth.core.actions.Preview;
import dev.berth.core.actions.RedeployService;
import dev.berth.core.actions.RollbackService;
import dev.berth.core.actions.ScaleService;
import dev.berth.core.actions.SetScalingBounds;
import dev.berth.core.actions.StopTask;
import dev.berth.core.config.BerthConfig;
import dev.berth.core.model.Task;
import dev.berth.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every action through preview, guard, call, audit line and rollout tracking, against the demo sandbox. */
class ActionsIT {
    @RegisterExtension
    static final SandboxSessions sandbox = new SandboxSessions(SandboxOptions.defaults().withScenario("demo").withSpeed(30));

    private static Session session() {
        return sandbox.session();
    }
    private static final ObjectMapper JSON = new ObjectMapper();



    @BeforeEach
    void clearSandboxAudit() {
        sandbox.delete("audit");
    }

    private static List<String> mutatingCalls() throws Exception {
        JsonNode audit = JSON.readTree(sandbox.get("audit"));
        return java.util.stream.StreamSupport.stream(audit.spliterator(), false)
                .map(n -> n.get("operation").asText()).toList();
    }

    private static JsonNode lastAuditLine() throws Exception {
        JsonNode lines = new AuditLog(sandbox.paths().auditLog()).read();
        return lines.get(lines.size() - 1);
    }

    private static List<ActionEvent> run(Session s, Preview p, String typed) {
        return s.actions().execute(p, typed).timeout(90, java.util.concurrent.TimeUnit.SECONDS).toList().blockingGet();
    }

    @Test
    void scaleShowsTheChangeCallsOnceAuditsAndSettles() throws Exception {
        Preview p = session().actions().preview(new ScaleService("prod", "orders-api", 3)).blockingGet();
        assertThat(p.changes()).first().satisfies(c -> {
            assertThat(c.what()).isEqualTo("desired count");
            assertThat(c.after()).isEqualTo("3");
        });
        assertThat(p.confirmPhrase()).as("not a protected context").isNull();

        List<ActionEvent> events = run(session(), p, null);
        assertThat(events.get(0)).isInstanceOf(ActionEvent.Submitted.class);
        assertThat(events.get(events.size() - 1)).isInstanceOf(ActionEvent.Settled.class);
        assertThat(mutatingCalls()).containsExactly("UpdateService");
        JsonNode line = lastAuditLine();
        assertThat(line.get("action").asText()).isEqualTo("scale prod/orders-api to 3");
        assertThat(line.get("before").get("desired count").asText()).isEqualTo(p.changes().get(0).before());
        assertThat(line.get("after").get("desired count").asText()).isEqualTo("3");
        assertThat(line.get("result").asText()).isEqualTo("submitted");
        assertThat(line.get("context").asText()).startsWith("default@us-east-1");
        assertThat(line.toString()).doesNotContain("AKIDBERTHSANDBOX").doesNotContain("throwaway-sandbox-secret");
    }

    @Test
    void aReadOnlySessionRefusesBeforeAnyCall() throws Exception {
        try (Session readOnly = sandbox.open(BerthConfig.defaults(), true)) {
            assertThatThrownBy(() -> readOnly.actions().preview(new ScaleService("prod", "web", 5)).blockingGet())
                    .isInstanceOf(ActionRefused.class).hasMessageContaining("read-only");
            Preview sneaky = session().actions().preview(new ScaleService("prod", "web", 5)).blockingGet();
            assertThatThrownBy(() -> run(readOnly, sneaky, null)).isInstanceOf(ActionRefused.class);
        }
        assertThat(mutatingCalls()).isEmpty();
    }

    @Test
    void aProtectedContextNeedsTheTargetsNameTyped() throws Exception {
        BerthConfig guarded = new BerthConfig(List.of("default@us-*"), null, null, null, null, null);
        try (Session prod = sandbox.open(guarded, false)) {
            Preview p = prod.actions().preview(new RedeployService("prod", "web")).blockingGet();
            assertThat(p.confirmPhrase()).isEqualTo("web");
            assertThatThrownBy(() -> run(prod, p, "yes")).isInstanceOf(ActionRefused.class)
                    .hasMessageContaining("type 'web'");
            assertThat(mutatingCalls()).isEmpty();
            assertThat(lastAuditLine().get("result").asText()).startsWith("refused");

            List<ActionEvent> events = run(prod, p, "web");
            assertThat(events.get(events.size() - 1)).isInstanceOf(ActionEvent.Settled.class);
            assertThat(events).anyMatch(e -> e instanceof ActionEvent.Progress);
            assertThat(mutatingCalls()).containsExactly("UpdateService");
        }
    }

    @Test
    void aStalePreviewIsRefused() throws Exception {
        Preview p = session().actions().preview(new ScaleService("prod", "search-api", 3)).blockingGet();
        run(session(), session().actions().preview(new ScaleService("prod", "search-api", 4)).blockingGet(), null);
        sandbox.delete("audit");
        assertThatThrownBy(() -> run(session(), p, null)).isInstanceOf(ActionRefused.class)
                .hasMessageContaining("changed since the preview");
        assertThat(mutatingCalls()).isEmpty();
    }

    @Test
    void aRevisionThatCrashesFailsItsRolloutOnTheCircuitBreaker() throws Exception {
        // The scenario itself tries payments-api:2 a sandbox minute after start; wait until that is over.
        WatchersIT.first(session().service("prod", "payments-api"),
                s -> s.steady() && s.revision().equals("payments-api:1") && s.deployments().size() == 1);
        Preview bad = session().actions().preview(new ChangeRevision("prod", "payments-api", "payments-api:2")).blockingGet();
        assertThat(bad.changes()).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo("payments-api:1");
            assertThat(c.after()).isEqualTo("payments-api:2");
        });
        assertThat(bad.diff()).contains("--- payments-api:1").contains("+++ payments-api:2")
                .contains("+    \"image\" : \"").contains("payments-api:3.3.0-rc1");
        List<ActionEvent> events = run(session(), bad, null);
        assertThat(events).first().isInstanceOf(ActionEvent.Submitted.class);
        assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(ActionEvent.Failed.class,
                f -> assertThat(f.message()).contains("payments-api:2"));
        assertThat(lastAuditLine().get("result").asText()).isEqualTo("submitted");
    }

    @Test
    void rollbackReturnsToTheRevisionThatRanBefore() throws Exception {
        String web2 = registerWebWithFlag();
        List<ActionEvent> forward = run(session(), session().actions().preview(new ChangeRevision("prod", "web", web2)).blockingGet(), null);
        assertThat(forward.get(forward.size() - 1)).isInstanceOf(ActionEvent.Settled.class);

        Preview back = session().actions().preview(new RollbackService("prod", "web")).blockingGet();
        assertThat(back.changes()).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo("web:2");
            assertThat(c.after()).isEqualTo("web:1");
        });
        assertThat(back.diff()).contains("FEATURE_FLAG");
        List<ActionEvent> events = run(session(), back, null);
        assertThat(events.get(events.size() - 1)).isInstanceOf(ActionEvent.Settled.class);
        assertThat(WatchersIT.first(session().service("prod", "web"), s -> s.steady()).revision()).isEqualTo("web:1");
    }

    /** Registers web:2, web:1 with one more environment variable, over the real SDK. */
    private static String registerWebWithFlag() {
        try (var ecs = new dev.berth.sandbox.SandboxClients(sandbox.endpoint()).ecs()) {
            var td = ecs.describeTaskDefinition(r -> r.taskDefinition("web:1")).taskDefinition();
            var container = td.containerDefinitions().get(0).toBuilder()
                    .environment(software.amazon.awssdk.services.ecs.model.KeyValuePair.builder()
                            .name("FEATURE_FLAG").value("on").build())
                    .build();
            return ecs.registerTaskDefinition(r -> r.family(td.family()).containerDefinitions(container)
                    .cpu(td.cpu()).memory(td.memory()).networkMode(td.networkMode())
                    .requiresCompatibilities(td.requiresCompatibilities()).executionRoleArn(td.executionRoleArn()))
                    .taskDefinition().taskDefinitionArn();
        }
    }

    @Test
    void stopTaskStopsItWithTheReason() throws Exception {
        java.util.function.Predicate<Task> live = t -> "RUNNING".equals(t.lastStatus()) && "RUNNING".equals(t.desiredStatus());
        Task victim = WatchersIT.first(session().tasks("prod", "orders-api"), l -> l.stream().anyMatch(live))
                .stream().filter(live).findFirst().orElseThrow();
        Preview p = session().actions().preview(new StopTask("prod", victim.id(), "wedged, restarting")).blockingGet();
        List<ActionEvent> events = run(session(), p, null);
        assertThat(events.get(events.size() - 1)).isInstanceOf(ActionEvent.Settled.class);
        assertThat(mutatingCalls()).containsExactly("StopTask");
        JsonNode call = JSON.readTree(sandbox.get("audit")).get(0).get("request");
        assertThat(call.get("reason").asText()).isEqualTo("wedged, restarting");
    }

    @Test
    void scalingBoundsAreSetAndAudited() throws Exception {
        Preview p = session().actions().preview(new SetScalingBounds("prod", "checkout-api", 3, 10)).blockingGet();
        assertThat(p.changes()).extracting(c -> c.before() + "->" + c.after()).containsExactly("2->3", "8->10");
        run(session(), p, null);
        assertThat(mutatingCalls()).containsExactly("RegisterScalableTarget");
        assertThat(WatchersIT.first(session().scaling("prod", "checkout-api"), t -> t.maxCapacity() == 10).minCapacity()).isEqualTo(3);
    }

    @Test
    void badInputNeverReachesAws() throws Exception {
        assertThatThrownBy(() -> ScaleService.parse("prod", "web", "-3")).isInstanceOf(ActionRefused.class);
        assertThatThrownBy(() -> new SetScalingBounds("prod", "web", 5, 2)).isInstanceOf(ActionRefused.class);
        assertThatThrownBy(() -> session().actions().preview(new ChangeRevision("prod", "web", "web:9999")).blockingGet())
                .isNotInstanceOf(ActionRefused.class);
        assertThat(mutatingCalls()).isEmpty();
        assertThat(Duration.ZERO).isZero();
    }
}
