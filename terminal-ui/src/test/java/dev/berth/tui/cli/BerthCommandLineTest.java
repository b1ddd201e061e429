package dev.berth.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.BerthException;
import dev.berth.core.SessionFactory;
import dev.berth.core.context.ConnectOptions;
import dev.berth.core.watch.Problem;
import dev.berth.tui.BerthMain;
import dev.berth.tui.support.FakeSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scriptable commands on a fake session: output formats, confirmation rules, exit codes, one-line errors. */
class BerthCommandLineTest {
    private final Clock clock = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private final FakeSession session = FakeSession.demo(clock);
    private final List<ConnectOptions> opened = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private boolean interactive;
    private String answer;

    private final SessionFactory factory = options -> {
        opened.add(options);
        return session;
    };

    private int run(String... args) {
        return run(factory, args);
    }

    private int run(SessionFactory f, String... args) {
        Prompter prompter = new Prompter() {
            @Override
            public boolean interactive() {
                return interactive;
            }

            @Override
            public String ask(String question) {
                out.write(question);
                return answer;
            }
        };
        return BerthMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true), () -> f, prompter);
    }

    @Test
    void clustersPrintsTheSameColumnsAsTheScreen() {
        assertThat(run("clusters")).isZero();
        assertThat(out.toString()).startsWith("NAME   STATUS  SERVICES  RUNNING  PENDING  INSTANCES  INSIGHTS\n")
                .contains("demo   ACTIVE         3        5        0          0  off");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void jsonAndYamlPrintTheRecords() {
        assertThat(run("services", "-c", "demo", "-o", "json")).isZero();
        assertThat(out.toString()).startsWith("[").contains("\"name\" : \"worker\"").contains("\"desiredCount\" : 2");
        out.getBuffer().setLength(0);
        assertThat(run("tasks", "-c", "demo", "-s", "web", "--stopped", "-o", "yaml")).isZero();
        assertThat(out.toString()).contains("stopCode: \"EssentialContainerExited\"").contains("exitCode: 137")
                .doesNotContain("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    }

    @Test
    void globalFlagsReachTheSessionWhetherBeforeOrAfterTheSubcommand() {
        run("--profile", "ops", "clusters", "--region", "eu-west-1", "--read-only", "--endpoint-url", "http://127.0.0.1:4566");
        assertThat(opened).singleElement().satisfies(o -> {
            assertThat(o.profile()).isEqualTo("ops");
            assertThat(o.region()).isEqualTo("eu-west-1");
            assertThat(o.readOnly()).isTrue();
            assertThat(o.endpoint()).hasToString("http://127.0.0.1:4566");
        });
    }

    @Test
    void badFlagsAndValuesAreOneLineExitTwoAndOpenNothing() {
        assertThat(run("clusters", "--bogus")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("clusters", "--region", "moon-base")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("clusters", "--endpoint-url", "not a url")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("scale", "-c", "demo", "-s", "web", "many", "--yes")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("scale", "-c", "demo", "-s", "web", "9999", "--yes")).isEqualTo(ExitCodes.USAGE);
        assertThat(opened).isEmpty();
        assertThat(session.executed).isEmpty();
        assertThat(err.toString().lines()).hasSize(5).allMatch(l -> l.startsWith("berth"));
        assertThat(err.toString()).contains("Unknown option: '--bogus'").contains("unknown region 'moon-base'")
                .contains("desired count must be a whole number").contains("between 0 and 5000")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void plainBerthWithBadValuesFailsInOneLineBeforeTheTerminalOrTheSession() {
        assertThat(run("--region", "moon-base")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("--service", "web")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("--endpoint-url=ftp://x")).isEqualTo(ExitCodes.USAGE);
        assertThat(opened).isEmpty();
        assertThat(err.toString()).isEqualTo("berth: unknown region 'moon-base' (expected something like us-east-1)\n"
                + "berth: --service needs --cluster\n"
                + "berth: --endpoint-url must be an http(s) URL with a host, got ftp://x\n");
    }

    @Test
    void aChangeWithoutATerminalAndWithoutYesIsRefused() {
        assertThat(run("scale", "-c", "demo", "-s", "web", "4")).isEqualTo(ExitCodes.REFUSED);
        assertThat(out.toString()).contains("desired count: 2 -> 4");
        assertThat(err.toString()).contains("stdin is not a terminal").contains("--yes");
        assertThat(session.executed).isEmpty();
    }

    @Test
    void aChangeAsksAndOnlyAYesApplies() {
        interactive = true;
        answer = "n";
        assertThat(run("scale", "-c", "demo", "-s", "web", "4")).isEqualTo(ExitCodes.REFUSED);
        assertThat(session.executed).isEmpty();
        answer = "y";
        assertThat(run("scale", "-c", "demo", "-s", "web", "4")).isZero();
        assertThat(session.executed).containsExactly("scale demo/web to 4");
        assertThat(out.toString()).contains("Apply? [y/N]").contains("rollout: 4/4 running").contains("done:");
    }

    @Test
    void yesAppliesWithoutAsking() {
        assertThat(run("redeploy", "-c", "demo", "-s", "web", "--yes")).isZero();
        assertThat(session.executed).containsExactly("redeploy demo/web");
    }

    @Test
    void readOnlyRefusesBeforeAnyCall() {
        FakeSession ro = new FakeSession(clock, true);
        ro.setServices("demo", List.of());
        assertThat(run(o -> ro, "rollback", "-c", "demo", "-s", "web", "--yes", "--read-only")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("read-only");
        assertThat(ro.executed).isEmpty();
    }

    @Test
    void sessionFailuresMapToExitCodesAsOneLine() {
        SessionFactory noCreds = o -> {
            throw new BerthException(Problem.Kind.NO_CREDENTIALS, "no AWS credentials found for profile default; try --demo",
                    new IllegalStateException("inner detail"));
        };
        assertThat(run(noCreds, "clusters")).isEqualTo(ExitCodes.ACCESS);
        assertThat(err.toString()).isEqualTo("berth clusters: no AWS credentials found for profile default; try --demo\n");
        err.getBuffer().setLength(0);
        SessionFactory unreachable = o -> {
            throw new BerthException(Problem.Kind.UNREACHABLE, "cannot reach http://127.0.0.1:1", null);
        };
        assertThat(run(unreachable, "clusters")).isEqualTo(ExitCodes.UNREACHABLE);
    }

    @Test
    void triageExitsOneWhenSomethingIsWrong() {
        assertThat(run("triage")).isZero();
        session.findings.onNext(dev.berth.core.watch.Snapshot.of(List.of(new dev.berth.core.triage.Finding("f1",
                dev.berth.core.triage.FindingKind.CRASH_LOOP, dev.berth.core.model.Severity.ERROR, "demo", "worker", null,
                "worker keeps exiting with code 1", clock.instant().minusSeconds(600), List.of("exit 1"))), clock.instant()));
        assertThat(run("triage")).isEqualTo(ExitCodes.FAILED);
        assertThat(out.toString()).contains("worker keeps exiting with code 1").contains("crash loop");
    }

    @Test
    void helpDocumentsExitCodesAndVersionNamesTheBuild() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Exit codes:").contains("3   not changed").contains("logs").contains("stop-task")
                .contains("generate-completion");
        out.getBuffer().setLength(0);
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("berth ");
        out.getBuffer().setLength(0);
        assertThat(run("generate-completion")).isZero();
        assertThat(out.toString()).contains("complete -F");
    }

    @Test
    void sinceReadsHumanDurations() {
        assertThat(LogsCommand.parseSince("15m")).hasMinutes(15);
        assertThat(LogsCommand.parseSince("2h")).hasHours(2);
        assertThat(LogsCommand.parseSince("PT30S")).hasSeconds(30);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LogsCommand.parseSince("soon"))
                .hasMessageContaining("--since must look like");
    }
}
