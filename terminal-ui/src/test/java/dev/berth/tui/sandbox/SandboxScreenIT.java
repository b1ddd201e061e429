package dev.berth.tui.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.berth.core.AwsSessionFactory;
import dev.berth.core.Session;
import dev.berth.core.context.ConnectOptions;
import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxOptions;
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
}
