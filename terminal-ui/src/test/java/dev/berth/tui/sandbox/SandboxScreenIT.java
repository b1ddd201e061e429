package dev.berth.tui.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.berth.core.AwsSessionFactory;
import dev.berth.core.Session;
import dev.berth.core.context.ConnectOptions;
import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxOptions;
import dev.berth.core.context.ContextResolver;
import dev.berth.tui.contexts.AwsContexts;
import dev.berth.tui.nav.Place;
import dev.berth.tui.support.TuiHarness;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shell on a virtual terminal over the core's real session against an in-process sandbox
 * (demo scenario, real HTTP): the screens fill from ECS, CloudWatch Logs and CloudWatch answers.
 */
class SandboxScreenIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static Sandbox sandbox;
    private static Session session;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        session = AwsSessionFactory.standard().open(ConnectOptions.sandbox(sandbox.endpoint(), sandbox.options().region()));
    }

    @AfterAll
    static void stop() {
        session.close();
        sandbox.close();
    }

    @Test
    void clustersServicesTasksAndLogsFillFromTheSandbox() {
        try (TuiHarness tui = TuiHarness.start(session, 120, 40, Place.clusters())) {
            String screen = tui.awaitText("prod", WAIT);
            assertThat(screen).contains("SANDBOX").contains("staging").contains("batch-ec2");
            tui.type("/prod").press(KeyType.Enter).press(KeyType.Enter);
            screen = tui.await("prod's services described", WAIT,
                    s -> Pattern.compile("web\\s+3\\s+\\d").matcher(s).find());
            assertThat(screen).contains("services(prod)").contains("payments-api").contains("search-api");
            tui.type("/web").press(KeyType.Enter).press(KeyType.Enter);
            tui.await("web's running tasks", WAIT, s -> s.contains("tasks(web)") && s.contains("RUNNING"));
            tui.press(KeyType.Escape).type("l");
            screen = tui.await("web's access log lines", WAIT, s -> s.contains("GET "));
            assertThat(screen).contains("logs web (all tasks)");
        }
    }

    @Test
    void scalingFromTheDialogMovesTheRunningCount() {
        try (TuiHarness tui = TuiHarness.start(session, 120, 40, Place.clusters(), Place.services("staging"))) {
            String screen = tui.await("staging's services", WAIT, s -> Pattern.compile("\\s\\d+\\s+\\d+\\s+\\d+\\s").matcher(s).find());
            assertThat(screen).contains("services(staging)");
            tui.type("s");
            tui.awaitText("desired count (0-5000)", WAIT);
            tui.ctrl('u').type("2").press(KeyType.Enter);
            tui.awaitText("Apply?", WAIT);
            tui.type("y");
            screen = tui.await("the rollout to settle", WAIT, s -> s.contains("✔") || s.contains("✖"));
            assertThat(screen).contains("✔");
            tui.press(KeyType.Escape);
            tui.await("running 2 of 2", WAIT, s -> Pattern.compile("\\s2\\s+2\\s+0\\s").matcher(s).find());
        }
    }

    @Test
    void theCatalogsDetailsShowEachFailingTargetBesideItsTaskWithElbsReason() {
        try (TuiHarness tui = TuiHarness.start(session, 120, 40, Place.clusters(), Place.services("prod"),
                Place.describeService("prod", "catalog-api", "lb"))) {
            String screen = tui.awaitText("Target.ResponseCodeMismatch", WAIT);
            assertThat(screen).containsPattern("✖ 10\\.\\d+\\.\\d+\\.\\d+:8080\\s+[0-9a-f]{8}\\s+unhealthy\\s+"
                    + "Target\\.ResponseCodeMismatch: Health checks failed with these codes: \\[502\\]");
            assertThat(screen).contains("grace period 300 s").contains("check HTTP /health on traffic-port every 10 s")
                    .contains("prod-internal");
        }
    }

    @Test
    void paymentsTokenIsMaskedUntilXAndSecretsShowOnlyWhereTheyLive() {
        try (TuiHarness tui = TuiHarness.start(session, 120, 40, Place.clusters(), Place.services("prod"),
                Place.describeService("prod", "payments-api", "taskdef"))) {
            String screen = tui.awaitText("PAYMENTS_API_TOKEN", WAIT);
            assertThat(screen).containsPattern("PAYMENTS_API_TOKEN\\s+\\*{8}").doesNotContain("sandbox-token-")
                    .contains("DB_PASSWORD ← Secrets Manager arn:aws:secretsmanager:")
                    .contains("EFS fs-0a1b2c3d4e5f60718 / via access point fsap-0123456789abcdef0, transit encryption on");
            tui.type("x");
            assertThat(tui.awaitText("sandbox-token-", WAIT)).contains("SHOWN");
        }
    }

    @Test
    void theStorefrontsTaskSetsShowTheirTrafficSplit() {
        try (TuiHarness tui = TuiHarness.start(session, 120, 40, Place.clusters(), Place.services("prod"),
                Place.describeService("prod", "storefront", "rollout"))) {
            String screen = tui.await("both task sets with traffic", WAIT, s -> s.contains("traffic 90%") && s.contains("traffic 10%"));
            assertThat(screen).containsPattern("PRIMARY\\s+storefront:1").contains("external id green-7.4.0");
        }
    }

    @Test
    void batchInstancesShowTheDisconnectedAgent() {
        try (TuiHarness tui = TuiHarness.start(session, 120, 40, Place.clusters(), Place.services("batch-ec2"),
                Place.instances("batch-ec2"))) {
            String screen = tui.awaitText("DISCONNECTED", WAIT);
            assertThat(screen).contains("instances(batch-ec2) [4]").containsPattern("✖\\s+i-[0-9a-f]{17}\\s+ACTIVE\\s+DISCONNECTED");
        }
    }

    @Test
    void triageShowsTheSurroundingsFindings() {
        try (TuiHarness tui = TuiHarness.start(session, 200, 50, Place.clusters(), Place.triage(null))) {
            String screen = tui.await("target, record, agent and Spot findings", WAIT,
                    s -> s.contains("load balancer targets unhealthy") && s.contains("Cloud Map record points nowhere")
                            && s.contains("ECS agent disconnected") && s.contains("Spot task interrupted"));
            assertThat(screen).contains("catalog-api").contains("orders-api").contains("batch-ec2");
        }
    }

    @Test
    void regionSwitchesLiveToAnEmptyRegionOfTheSandboxAndBack() {
        var contexts = new AwsContexts(AwsSessionFactory::standard, ContextResolver.system());
        try (TuiHarness tui = TuiHarness.start(session, contexts, 120, 40, Place.clusters())) {
            tui.awaitText("prod", WAIT);
            tui.type(":region eu-west-1").press(KeyType.Enter);
            String screen = tui.await("the empty region", WAIT, s -> s.contains("eu-west-1") && s.contains("clusters [0]"));
            assertThat(screen).doesNotContain("staging");
            tui.type(":region us-east-1").press(KeyType.Enter);
            tui.await("the demo region again", WAIT, s -> s.lines().findFirst().orElse("").contains("us-east-1") && s.contains("staging"));
        }
    }
}
