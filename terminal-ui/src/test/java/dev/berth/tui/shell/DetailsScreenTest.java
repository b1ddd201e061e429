package dev.berth.tui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.berth.core.keymap.Keymap;
import dev.berth.core.model.Severity;
import dev.berth.core.triage.Finding;
import dev.berth.core.triage.FindingKind;
import dev.berth.core.watch.Snapshot;
import dev.berth.tui.nav.Kind;
import dev.berth.tui.nav.Place;
import dev.berth.tui.support.FakeSession;
import dev.berth.tui.support.Fixtures;
import dev.berth.tui.support.Surroundings;
import dev.berth.tui.support.TuiHarness;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Service and task details, container instances and the narrow tables, on an 80×24 virtual terminal. */
class DetailsScreenTest {
    private final Clock clock = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private final FakeSession session = FakeSession.demo(clock);

    private TuiHarness open(Place... trail) {
        return TuiHarness.start(session, 80, 24, trail);
    }

    /** The screen row that contains {@code text}. */
    private static String row(TuiHarness tui, String text) {
        return Arrays.stream(tui.text().split("\n")).filter(l -> l.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with '" + text + "' on\n" + tui.text()));
    }

    @Test
    void aServicesDetailsShowEachTargetBesideItsTaskWithItsReasonAndTabJumpsBetweenSections() {
        try (TuiHarness tui = open(Place.clusters(), Place.services("demo"))) {
            tui.type("d");
            assertThat(tui.line(1)).contains("clusters › demo › describe web");
            assertThat(tui.line(2)).contains("[service]").contains("rollout").contains("events");
            assertThat(tui.text()).contains("Service web").contains("Deployment controller   ECS (rolling update)");
            tui.press(KeyType.Tab).press(KeyType.Tab);
            assertThat(tui.line(2)).contains("[lb]");
            assertThat(tui.line(3)).contains("Load balancing").contains("grace period 60 s");
            assertThat(row(tui, "1b2c3d4e  unhealthy")).contains("✖ " + Fixtures.ip("1b2c3d4e5f60718293a4b5c6d7e8f90a") + ":80")
                    .contains("Target.ResponseCodeMismatch");
            assertThat(tui.text().replaceAll("\\s+", " ")).contains("Target.ResponseCodeMismatch: Health checks failed with these codes: [502]");
            assertThat(row(tui, "0a1b2c3d  healthy")).contains("✔");
            tui.press(KeyType.ReverseTab);
            assertThat(tui.line(2)).contains("[rollout]");
            assertThat(tui.text()).contains("<tab>next").contains("<x>reveal").contains("<l>logs");
        }
    }

    @Test
    void secretLookingValuesShowOnlyAfterXAndOnlyOnThatScreen() {
        try (TuiHarness tui = open(Place.clusters(), Place.services("demo"))) {
            tui.type("d");
            for (int i = 0; i < 5; i++) {
                tui.press(KeyType.Tab);
            }
            assertThat(tui.line(2)).contains("[taskdef]");
            assertThat(row(tui, "API_TOKEN")).contains("********").contains("(masked)");
            assertThat(tui.text()).doesNotContain(Surroundings.WEB_TOKEN).contains("DB_PASSWORD ← Secrets Manager");
            tui.type("x");
            assertThat(row(tui, "API_TOKEN")).contains(Surroundings.WEB_TOKEN);
            assertThat(tui.line(2)).contains("SHOWN · x masks");
            assertThat(tui.text()).contains("secret-looking values shown on this screen");
            tui.type("x");
            assertThat(row(tui, "API_TOKEN")).contains("********");
            tui.type("x").press(KeyType.Escape).type("d");
            assertThat(tui.text()).doesNotContain(Surroundings.WEB_TOKEN);
            tui.type("/API_TOKEN").press(KeyType.Enter);
            assertThat(row(tui, "API_TOKEN")).contains("********");
        }
    }

    @Test
    void aRemappedRevealKeyIsTheOneTheScreenNamesAndTheOneThatWorks() {
        Keymap keymap = Keymap.withOverrides(Map.of("reveal", "v"));
        try (TuiHarness tui = TuiHarness.start(session, keymap, 80, 24, Place.clusters(), Place.services("demo"))) {
            tui.type("y");
            assertThat(tui.line(2)).contains("masked · v shows");
            assertThat(tui.text()).contains("<v>reveal").doesNotContain("<x>");
            tui.type("x");
            assertThat(tui.line(2)).contains("masked · v shows");
            tui.type("v");
            assertThat(tui.line(2)).contains("SHOWN · v masks");
            tui.type("/API_TOKEN").press(KeyType.Enter);
            assertThat(tui.text()).contains(Surroundings.WEB_TOKEN);
        }
    }

    @Test
    void jsonOfAServiceIsItsWholePictureWithSecretsMaskedUntilX() {
        try (TuiHarness tui = open(Place.clusters(), Place.services("demo"))) {
            tui.type("y");
            assertThat(tui.line(1)).contains("json");
            tui.type("/API_TOKEN").press(KeyType.Enter);
            assertThat(tui.text()).contains("\\\"API_TOKEN\\\"").doesNotContain(Surroundings.WEB_TOKEN);
            tui.type("/").ctrl('u').type("Target.").press(KeyType.Enter);
            assertThat(tui.text()).contains("\"reason\" : \"Target.ResponseCodeMismatch\"");
            tui.type("/").ctrl('u').type("TOKEN").press(KeyType.Enter).type("x");
            assertThat(tui.text()).contains(Surroundings.WEB_TOKEN);
        }
    }

    @Test
    void aTasksDetailsShowItsOwnTargetRecordAndNetwork() {
        try (TuiHarness tui = open(Place.clusters(), Place.services("demo"), Place.tasks("demo", "web"))) {
            tui.press(KeyType.ArrowDown).type("d");
            assertThat(tui.line(1)).contains("describe 1b2c3d4e");
            assertThat(tui.text()).contains("Task 1b2c3d4e5f60718293a4b5c6d7e8f90a").contains("Runs on");
            tui.press(KeyType.Tab);
            assertThat(tui.text()).contains("Private IP              " + Fixtures.ip("1b2c3d4e5f60718293a4b5c6d7e8f90a"))
                    .contains("Network interface       eni-01b2c3d4e5f607182");
            tui.press(KeyType.Tab);
            assertThat(row(tui, "1b2c3d4e  unhealthy")).contains("Target.ResponseCodeMismatch");
            assertThat(tui.text()).doesNotContain("0a1b2c3d");
            tui.press(KeyType.Tab);
            assertThat(row(tui, "1b2c3d4e  HEALTHY")).contains("us-east-1a");
        }
    }

    @Test
    void triageOpensTheServicesLoadBalancingForUnhealthyTargets() {
        session.findings.onNext(Snapshot.of(List.of(new Finding("targets-unhealthy:demo/web", FindingKind.TARGETS_UNHEALTHY,
                Severity.ERROR, "demo", "web", "1b2c3d4e5f60718293a4b5c6d7e8f90a", "web: 1 of 2 targets unhealthy in demo-web",
                clock.instant().minusSeconds(120), List.of("10.0.1.5:80 in demo-web unhealthy (Target.ResponseCodeMismatch)"))),
                clock.instant()));
        try (TuiHarness tui = open(Place.clusters(), Place.services("demo"))) {
            tui.type("t").press(KeyType.Enter);
            assertThat(tui.text()).contains("Enter opens the service's load balancing");
            tui.press(KeyType.Enter);
            assertThat(tui.shell.current().place()).isEqualTo(Place.describeService("demo", "web", "lb"));
            assertThat(tui.line(2)).contains("[lb]");
            assertThat(tui.line(3)).contains("Load balancing");
        }
    }

    @Test
    void containerInstancesShowFreeCapacityAgentVersionAndADisconnectedAgent() {
        try (TuiHarness tui = open(Place.clusters())) {
            tui.type(":instances batch").press(KeyType.Enter);
            assertThat(tui.text()).contains("instances(batch) [4]");
            assertThat(row(tui, "i-03a1b2c3d4e5f6071")).startsWith("✖").contains("DISCONNECTED").contains("1.86.3")
                    .contains("1.5/2").contains("6/7.5G");
            assertThat(row(tui, "i-00a1b2c3d4e5f6071")).contains("connected");
            tui.press(KeyType.Escape).press(KeyType.Escape).press(KeyType.ArrowDown).type("i");
            assertThat(tui.shell.current().place()).isEqualTo(Place.instances("batch"));
        }
    }

    @Test
    void theTaskTableFitsHealthAndStopCodeAt80AndTheLineBelowTellsTheWholeStop() {
        try (TuiHarness tui = open(Place.clusters(), Place.services("demo"), Place.tasks("demo", "web"))) {
            assertThat(tui.text()).doesNotContain("UNKNO").contains("HEALTHY");
            assertThat(row(tui, "2c3d4e5f")).contains("137").contains("EssentialExited");
            tui.press(KeyType.End);
            assertThat(tui.text()).contains("EssentialContainerExited: Essential container in task exited · web exit 137");
        }
    }

    @Test
    void triageAt80KeepsTheFindingReadableAndSpellsOutTheSelectedOne() {
        String title = "notifications-worker: crash loop, 8 tasks failed and ECS is throttling restarts";
        session.findings.onNext(Snapshot.of(List.of(new Finding("crash", FindingKind.CRASH_LOOP, Severity.CRITICAL, "demo",
                "notifications-worker", null, title, clock.instant().minusSeconds(1200), List.of("task 3d4e5f60 exited 1"))),
                clock.instant()));
        try (TuiHarness tui = open(Place.clusters(), Place.triage("demo"))) {
            assertThat(row(tui, "CRITICAL")).contains("20m").contains("notifications-worker: crash loop");
            assertThat(tui.text()).contains("─ CRITICAL crash loop · demo/notifications-worker · since")
                    .contains("• task 3d4e5f60 exited 1");
            assertThat(tui.text().replaceAll("\\s+", " ")).contains(title);
        }
    }

    @Test
    void textViewsWrapLongLinesInsteadOfCuttingThem() {
        try (TuiHarness tui = open(Place.clusters(), Place.services("demo"), Place.tasks("demo", "web"))) {
            tui.type("y");
            String[] rows = tui.text().split("\n");
            assertThat(Arrays.stream(rows, 2, rows.length - 3)).noneMatch(r -> r.stripTrailing().endsWith("…"));
            assertThat(tui.text().replace("\n", "").replace(" ", ""))
                    .contains("\"arn\":\"arn:aws:ecs:us-east-1:123456789012:task/demo/0a1b2c3d4e5f60718293a4b5c6d7e8f9\"");
        }
    }

    @Test
    void describeOfAServiceIsAPlaceOfItsOwn() {
        try (TuiHarness tui = open(Place.clusters(), Place.services("demo"))) {
            tui.type("d");
            assertThat(tui.shell.current().place().kind()).isEqualTo(Kind.DESCRIBE);
            tui.type("e");
            assertThat(tui.text()).contains("events(web)");
        }
    }
}
