package dev.berth.tui.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.AwsSessionFactory;
import dev.berth.core.context.ConnectOptions;
import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxOptions;
import dev.berth.tui.BerthMain;
import dev.berth.tui.cli.ExitCodes;
import dev.berth.tui.cli.Prompter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scriptable commands against the demo sandbox over HTTP, as a script reads them: {@code berth
 * service CLUSTER SERVICE -o json} (the whole picture of a service) and {@code berth triage -o json}.
 */
class ScriptCommandsIT {
    private static Sandbox sandbox;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.defaults());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    /** Runs one command line on a session of the sandbox; answers stdout, after checking the exit code and stderr. */
    private static String berth(String... args) {
        return berthExiting(0, args);
    }

    private static String berthExiting(int exitCode, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BerthMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                () -> options -> AwsSessionFactory.standard().open(ConnectOptions.sandbox(sandbox.endpoint(), sandbox.options().region())),
                Prompter.console());
        assertThat(err.toString()).isEmpty();
        assertThat(code).isEqualTo(exitCode);
        return out.toString();
    }

    private JsonNode service(String name, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("service", "prod", name, "-o", "json"));
        args.addAll(List.of(more));
        return json.readTree(berth(args.toArray(String[]::new)));
    }

    @Test
    void theCatalogsFailingTargetsStandBesideTheirRunningTasksWithElbsReason() throws Exception {
        JsonNode catalog = service("catalog-api");
        JsonNode group = catalog.path("loadBalancing").path("targetGroups").path(0);
        assertThat(group.path("name").asText()).isEqualTo("prod-catalog");
        assertThat(group.path("healthCheck").path("path").asText()).isEqualTo("/health");
        assertThat(catalog.path("loadBalancing").path("healthCheckGracePeriodSeconds").asInt()).isEqualTo(300);
        List<String> running = new ArrayList<>();
        catalog.path("tasks").forEach(t -> {
            if (t.path("lastStatus").asText().equals("RUNNING")) {
                running.add(t.path("id").asText());
                assertThat(t.path("networkInterfaceId").asText()).startsWith("eni-");
                assertThat(t.path("availabilityZone").asText()).startsWith("us-east-1");
            }
        });
        assertThat(group.path("targets")).isNotEmpty().allSatisfy(t -> {
            assertThat(t.path("state").asText()).isIn("unhealthy", "initial", "draining");
            assertThat(t.path("taskId").asText()).isNotEmpty();
        });
        assertThat(group.path("targets")).anySatisfy(t -> {
            assertThat(t.path("reason").asText()).isEqualTo("Target.ResponseCodeMismatch");
            assertThat(running).contains(t.path("taskId").asText());
        });
        assertThat(catalog.path("discovery").path("registries").path(0).path("name").asText()).isEqualTo("catalog");
        assertThat(catalog.path("cost").path("cpuUnits").asInt()).isEqualTo(512);
        assertThat(catalog.path("cost").path("monthlyOnDemand").asDouble()).isPositive();
    }

    @Test
    void paymentsKeepsItsTokenMaskedUnlessAskedAndNamesSecretsOnlyByReference() throws Exception {
        JsonNode container = service("payments-api").path("taskDefinition").path("containers").path(0);
        assertThat(container.path("environment").path("PAYMENTS_API_TOKEN").asText()).isEqualTo("********");
        assertThat(container.path("secrets").path("DB_PASSWORD").asText()).startsWith("arn:aws:secretsmanager:");
        assertThat(container.path("mountPoints").path(0).path("containerPath").asText()).isEqualTo("/var/lib/payments/receipts");
        JsonNode revealed = service("payments-api", "--reveal-secrets").path("taskDefinition");
        assertThat(revealed.path("containers").path(0).path("environment").path("PAYMENTS_API_TOKEN").asText())
                .startsWith("sandbox-token-");
        assertThat(revealed.path("volumes").path(0).path("efs").path("accessPointId").asText()).startsWith("fsap-");
    }

    @Test
    void theStorefrontIsBlueGreenWithTwoTaskSetsAndOrdersStillAnswersForAStoppedTask() throws Exception {
        JsonNode storefront = service("storefront");
        assertThat(storefront.path("service").path("deploymentController").asText()).isEqualTo("EXTERNAL");
        assertThat(storefront.path("service").path("taskSets")).hasSize(2);
        assertThat(storefront.path("loadBalancing").path("targetGroups")).extracting(g -> g.path("trafficPercent").asInt())
                .containsExactlyInAnyOrder(90, 10);
        JsonNode orders = service("orders-api");
        List<String> stopped = new ArrayList<>();
        orders.path("tasks").forEach(t -> {
            if (t.path("lastStatus").asText().equals("STOPPED")) {
                stopped.add(t.path("id").asText());
            }
        });
        assertThat(orders.path("discovery").path("registries").path(0).path("instances"))
                .anySatisfy(i -> assertThat(stopped).contains(i.path("taskId").asText()));
    }

    @Test
    void searchHasItsCpuAlarmAndTheTextFormReadsLikeTheScreen() throws Exception {
        JsonNode alarms = service("search-api").path("alarms");
        assertThat(alarms).singleElement().satisfies(a -> {
            assertThat(a.path("name").asText()).isEqualTo("prod-search-api-cpu-high");
            assertThat(a.path("metricName").asText()).isEqualTo("CPUUtilization");
            assertThat(a.path("threshold").asDouble()).isEqualTo(80.0);
            assertThat(a.path("dimensions").path("ServiceName").asText()).isEqualTo("search-api");
        });
        String text = berth("service", "prod", "checkout-api");
        assertThat(text).contains("Capacity providers      FARGATE (weight 1, base 1) · FARGATE_SPOT (weight 2)")
                .contains("Service Connect         on, namespace prod.internal")
                .contains("Spot share").contains(" Tasks (running, and stopped in the last hour)");
    }

    @Test
    void triageRightAfterStartWaitsForEveryInputAndFindsTheDemosFaults() throws Exception {
        JsonNode findings = json.readTree(berthExiting(ExitCodes.FAILED, "triage", "-o", "json"));
        List<String> kinds = new ArrayList<>();
        findings.forEach(f -> kinds.add(f.path("kind").asText() + " " + f.path("service").asText()));
        // Services, tasks, target groups, Cloud Map, container instances and alarms each behind one of these.
        assertThat(kinds).contains("CRASH_LOOP notifications-worker", "TARGETS_UNHEALTHY catalog-api",
                "DISCOVERY_RECORD_STALE orders-api", "ALARM_FIRING search-api");
        assertThat(kinds).anyMatch(k -> k.startsWith("AGENT_DISCONNECTED"));
    }
}
