package dev.berth.tui.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.berth.core.model.LogLine;
import dev.berth.core.model.Severity;
import dev.berth.core.triage.Finding;
import dev.berth.core.triage.FindingKind;
import dev.berth.core.watch.Snapshot;
import dev.berth.tui.nav.Place;
import dev.berth.tui.support.DocsFile;
import dev.berth.tui.support.FakeLogTail;
import dev.berth.tui.support.FakeSession;
import dev.berth.tui.support.Fixtures;
import dev.berth.tui.support.TuiHarness;
import dev.berth.tui.ui.ColorMode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/terminal.md: a walkthrough whose screens are captured from the real shell by this test. */
class TerminalWalkthroughTest {
    private final Clock clock = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private final StringBuilder md = new StringBuilder();

    private final TerminalScreenshot screenshots = new TerminalScreenshot();
    private final List<String> pictures = new ArrayList<>();

    private void shot(String title, String text, TuiHarness tui) {
        shot(title, text, tui, null);
    }

    /** A shot that is also docs/screenshots/{@code picture}.png when a picture name is given, shown above its text block. */
    private void shot(String title, String text, TuiHarness tui, String picture) {
        md.append("## ").append(title).append("\n\n").append(text).append("\n\n");
        if (picture != null) {
            md.append("![").append(title.replace("…", "")).append("](screenshots/").append(picture).append(".png)\n\n");
            pictures.add(picture);
            // only a docs update writes the PNG (font rendering differs between machines); every run draws it
            BufferedImage image = screenshots.render(tui.terminal);
            if (DocsFile.updating()) {
                screenshots.write(image, DocsFile.docs().resolve("screenshots").resolve(picture + ".png"));
            }
            assertThat(image.getWidth()).isEqualTo(100 * screenshots.cellWidth() + 2 * TerminalScreenshot.MARGIN);
            assertThat(image.getHeight()).isEqualTo(28 * screenshots.cellHeight() + 2 * TerminalScreenshot.MARGIN);
        }
        md.append("```text\n").append(tui.text().stripTrailing()).append("\n```\n\n");
    }

    @Test
    void walkthroughIsCurrent() {
        FakeSession session = FakeSession.demo(clock);
        session.findings.onNext(Snapshot.of(List.of(
                new Finding("crash-worker", FindingKind.CRASH_LOOP, Severity.ERROR, "demo", "worker",
                        "3d4e5f60718293a4b5c6d7e8f90a1b2c", "worker: 5 tasks exited with code 1 in 10 minutes",
                        clock.instant().minusSeconds(600), List.of("task 3d4e5f60 exited 1: Essential container in task exited",
                                "event: (service worker) is unable to consistently start tasks successfully.")),
                new Finding("oom-web", FindingKind.OOM_KILLED, Severity.WARN, "demo", "web",
                        "2c3d4e5f60718293a4b5c6d7e8f90a1b", "web: a task was killed for memory (exit 137)",
                        clock.instant().minusSeconds(90), List.of("task 2c3d4e5f exit 137: OutOfMemoryError")),
                new Finding("targets-unhealthy:demo/web", FindingKind.TARGETS_UNHEALTHY, Severity.WARN, "demo", "web",
                        "1b2c3d4e5f60718293a4b5c6d7e8f90a", "web: 1 of 2 targets unhealthy in demo-web", clock.instant().minusSeconds(60),
                        List.of("10.0.1.122:80 in demo-web unhealthy (Target.ResponseCodeMismatch: Health checks failed with "
                                + "these codes: [502]), task 1b2c3d4e RUNNING"))), clock.instant()));
        md.append("""
                # The terminal UI

                `berth` (or `./berth --demo` from a checkout) opens the terminal UI. It works from 80×24 up, over SSH,
                in 16, 256 or true colour (read from `COLORTERM` and `TERM`; `NO_COLOR` turns colour off), and every
                screen below is captured from the real UI by `TerminalWalkthroughTest` at 100×28 in true colour; the
                pictures are drawn from the same screens by the test, cell by cell.
                Keys: [keymap.md](keymap.md). The command line: `berth --help`.

                """);
        try (TuiHarness tui = TuiHarness.start(session, 100, 28, ColorMode.TRUE_COLOR, Path.of("target"), Place.clusters())) {
            shot("Clusters", "The first screen: every cluster with its counts. The header says where Berth points "
                    + "(profile, region, account, endpoint; the SANDBOX badge on a sandbox, READ-ONLY with `--read-only`) "
                    + "and how old the data is; the footer lists the keys that work here.", tui);
            tui.press(KeyType.Enter).advance(500);
            shot("Services", "`Enter` drills down. Each service shows desired/running/pending, its rollout, revision, "
                    + "CPU and memory sparklines (last hour) and its last event; the mark in front reads without colour: "
                    + "● steady, ◐ moving, ✖ broken. `/` filters (`!` inverts), `o`/`O` sort, the filter stays across refreshes.", tui,
                    "tui-services");
            assertThat(screenshots.background(screenshots.render(tui.terminal), tui.line(0).indexOf("SANDBOX"), 0))
                    .as("the SANDBOX badge's background").isEqualTo(new Color(0xFFAF00));
            tui.type("d");
            shot("Service details", "`d` on a service opens its details: one page in sections (the line under the breadcrumbs "
                    + "names them, `tab` and `shift-tab` jump), each filled from its own slice as it arrives: counts, launch type or "
                    + "capacity-provider strategy and where the tasks run, the deployment controller, deployments or blue/green task "
                    + "sets with their scale and traffic weight, load balancing, service discovery, networking, the task definition, "
                    + "metrics (from Container Insights when the cluster has it), CloudWatch alarms, a monthly cost estimate with a "
                    + "rightsizing hint, and events. Long lines wrap.", tui);
            tui.press(KeyType.Tab).press(KeyType.Tab);
            shot("…its load balancing", "Every target group with its health check and every target's health beside the task "
                    + "it stands for, with ELB's reason code for the unhealthy; the grace period ECS gives new tasks; the load "
                    + "balancers in front. Below it, Cloud Map: the name clients resolve, record type and TTL, each instance's "
                    + "health, and instances left behind by stopped tasks.", tui, "tui-service-details");
            for (int i = 0; i < 3; i++) {
                tui.press(KeyType.Tab);
            }
            shot("…its task definition", "Roles, volumes (EFS with access point and transit encryption, bind mounts, Docker "
                    + "volumes) and mount points; secrets only by where they live; environment values whose names look secret "
                    + "are masked. `x` shows them on this screen only, and leaving the screen masks them again. `y` is the whole "
                    + "picture as JSON (`berth service CLUSTER SERVICE -o json` prints the same), masked the same way.", tui);
            tui.press(KeyType.Escape).press(KeyType.Enter);
            shot("Tasks", "Running tasks and those stopped in the last hour, with stop code, exit codes and reason; the line under "
                    + "the table tells the selected task's whole story (where it runs, its network interface, why it stopped). "
                    + "`d` opens a task's details (its own targets and Cloud Map records, network, task definition), `Enter` its "
                    + "containers, `ctrl-k` stops it (after asking).", tui);
            tui.press(KeyType.Escape).type("l");
            FakeLogTail tail = session.tails.get(session.tails.size() - 1);
            List<LogLine> lines = new ArrayList<>();
            long t0 = clock.millis() - 30_000;
            String[] ids = {"0a1b2c3d4e5f60718293a4b5c6d7e8f9", "1b2c3d4e5f60718293a4b5c6d7e8f90a"};
            for (int i = 0; i < 10; i++) {
                Severity sev = i == 6 ? Severity.ERROR : i == 3 ? Severity.WARN : Severity.INFO;
                String msg = switch (sev) {
                    case ERROR -> "{\"level\":\"error\",\"msg\":\"upstream timed out\",\"path\":\"/api/orders\"}";
                    case WARN -> "{\"level\":\"warn\",\"msg\":\"slow request\",\"ms\":1840}";
                    default -> "10.0.1." + (10 + i) + " - - \"GET /health HTTP/1.1\" 200 2";
                };
                lines.add(Fixtures.log(ids[i % 2], "web", t0 + i * 2_500L, msg, sev));
            }
            tail.emit(lines);
            tui.settle();
            shot("Logs", "`l` on a service merges the logs of all its tasks, each line labelled by task; on a task or "
                    + "container it shows just that. `f` pauses and resumes, `w` wraps, `T` hides timestamps, `0`–`6` pick "
                    + "how far back (now, 1m, 5m, 15m, 30m, 1h, 3h), `/` filters, `ctrl-s` saves, `Enter` on a line opens its task.", tui, "tui-logs");
            tui.press(KeyType.Escape).type("m");
            shot("Metrics", "`m`: CPU and memory of the service over three hours in braille, deployments marked ┊▲.", tui);
            tui.press(KeyType.Escape).type("s").ctrl('u').type("4").press(KeyType.Enter);
            shot("Scale: preview, then confirm", "Every change previews what it will do and asks; nothing is sent "
                    + "before `y`. In a protected context the service's name must be typed.", tui);
            tui.type("y");
            shot("…and the rollout moving", "After the confirmation the dialog follows the rollout until it settles "
                    + "or fails; `Esc` closes it and the list keeps following.", tui);
            tui.press(KeyType.Escape).type("t");
            shot("Triage", "`t`: what is wrong right now, worst first; the lines under the table spell out the selected "
                    + "finding. `Enter` opens a finding's evidence; from there `Enter` goes where it points: the task, the "
                    + "service's load balancing, Cloud Map records or alarms, or the cluster's container instances.", tui, "tui-triage");
            tui.press(KeyType.Enter);
            shot("Evidence", "A finding's evidence, with the way to the task it names.", tui);
            tui.press(KeyType.Escape).press(KeyType.Escape).type(":instances batch").press(KeyType.Enter);
            shot("Container instances", "`i` (or `:instances`) lists a cluster's EC2 container instances: free CPU (vCPU) and "
                    + "memory (GiB) of what each registered, running tasks, the agent's version, and whether the agent is "
                    + "connected; a disconnected one is marked ✖.", tui);
            tui.type(":services demo").press(KeyType.Enter).type("?");
            shot("Help", "`?` lists every key of the screen, from the same keymap as the hints (config overrides included).", tui);
        }
        DocsFile.check("terminal.md", md.toString());
        assertThat(pictures).containsExactly("tui-services", "tui-service-details", "tui-logs", "tui-triage");
    }
}
