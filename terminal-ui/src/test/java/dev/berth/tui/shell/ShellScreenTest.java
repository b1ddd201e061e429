package dev.berth.tui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.berth.core.SessionStatus;
import dev.berth.core.model.LogLine;
import dev.berth.core.model.Service;
import dev.berth.core.model.Severity;
import dev.berth.core.watch.Problem;
import dev.berth.core.watch.Snapshot;
import dev.berth.tui.logs.LogsPanel;
import dev.berth.tui.nav.Kind;
import dev.berth.tui.nav.Place;
import dev.berth.tui.support.FakeLogTail;
import dev.berth.tui.support.FakeSession;
import dev.berth.tui.support.Fixtures;
import dev.berth.tui.support.TuiHarness;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole shell on an 80×24 virtual terminal, driven by keys, read as screen text. */
class ShellScreenTest {
    private final Clock clock = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private final FakeSession session = FakeSession.demo(clock);

    private TuiHarness open(Place... trail) {
        return TuiHarness.start(session, 80, 24, trail);
    }

    @Test
    void drillsFromClustersToServicesToTasksWithBreadcrumbsAndBadges() {
        try (TuiHarness tui = open(Place.clusters())) {
            assertThat(tui.line(0)).contains("SANDBOX").contains("us-east-1").contains("123456789012");
            assertThat(tui.text()).contains("clusters [2]").contains("demo").contains("batch");
            tui.press(KeyType.Enter);
            assertThat(tui.line(1)).contains("clusters › demo");
            assertThat(tui.text()).contains("services(demo) [3]");
            assertThat(tui.text()).containsPattern("✖\\s+worker\\s+2\\s+0");
            tui.press(KeyType.Enter);
            assertThat(tui.line(1)).contains("clusters › demo › web");
            assertThat(tui.text()).contains("tasks(web) [3]").contains("0a1b2c3d").contains("STOPPED").contains("137");
            tui.press(KeyType.Escape).press(KeyType.Escape);
            assertThat(tui.line(1)).isEqualTo(" clusters");
        }
    }

    @Test
    void filterNarrowsTheListInvertsWithBangAndSurvivesARefresh() {
        try (TuiHarness tui = open(Place.clusters(), Place.services("demo"))) {
            tui.type("/wor").press(KeyType.Enter);
            assertThat(tui.text()).contains("worker").doesNotContain(" web ").contains("1 of 3 · filter wor");
            session.setServices("demo", List.of(Fixtures.service("demo", "web", 2, 2, "COMPLETED", clock.instant()),
                    Fixtures.service("demo", "worker", 2, 1, "IN_PROGRESS", clock.instant()),
                    Fixtures.service("demo", "workflow", 1, 1, "COMPLETED", clock.instant())));
            tui.settle();
            assertThat(tui.text()).contains("worker").contains("workflow").contains("2 of 3 · filter wor");
            tui.type("/").ctrl('u').type("!wor").press(KeyType.Enter);
            assertThat(tui.text()).contains("web").doesNotContain("workflow");
            tui.press(KeyType.Escape);
            assertThat(tui.text()).contains("services(demo) [3]");
        }
    }

    @Test
    void logsFollowPauseToggleTimestampsAndJumpToTheLinesTask() {
        try (TuiHarness tui = open(Place.clusters(), Place.services("demo"))) {
            tui.type("l");
            assertThat(tui.shell.current()).isInstanceOf(LogsPanel.class);
            FakeLogTail tail = session.tails.get(session.tails.size() - 1);
            assertThat(tail.query().service()).isEqualTo("web");
            List<LogLine> lines = new ArrayList<>();
            long t0 = clock.millis() - 60_000;
            lines.add(Fixtures.log("0a1b2c3d4e5f60718293a4b5c6d7e8f9", "web", t0, "GET /health 200", Severity.INFO));
            lines.add(Fixtures.log("1b2c3d4e5f60718293a4b5c6d7e8f90a", "web", t0 + 1000, "upstream timed out", Severity.ERROR));
            tail.emit(lines);
            tui.settle();
            assertThat(tui.text()).contains("logs web (all tasks)").contains("FOLLOW")
                    .contains("11:59:00.000 0a1b2c3d web GET /health 200")
                    .contains("1b2c3d4e web upstream timed out");
            tui.type("f");
            assertThat(tail.paused).isTrue();
            assertThat(tui.text()).contains("PAUSED");
            tui.type("T");
            assertThat(tui.text()).contains("\n0a1b2c3d web GET /health 200");
            tui.press(KeyType.ArrowUp).press(KeyType.Enter);
            assertThat(tui.shell.current().place().kind()).isEqualTo(Kind.CONTAINERS);
            assertThat(tui.shell.current().place().taskId()).isEqualTo("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
            assertThat(tail.closed).isTrue();
        }
    }

    @Test
    void scaleShowsThePreviewAsksThenTheRunningCountFollows() {
        try (TuiHarness tui = open(Place.clusters(), Place.services("demo"))) {
            tui.type("s");
            assertThat(tui.text()).contains("Scale web").contains("desired count (0-5000): 2");
            tui.ctrl('u').type("5").press(KeyType.Enter);
            assertThat(tui.text()).contains("desired count: 2 → 5").contains("Apply?");
            assertThat(session.executed).isEmpty();
            tui.type("y");
            assertThat(session.executed).containsExactly("scale demo/web to 5");
            assertThat(tui.text()).contains("5/5 running").contains("web reached a steady state");
            tui.press(KeyType.Escape);
            assertThat(tui.text()).containsPattern("●\\s+web\\s+5\\s+5").contains("Scale web: done");
        }
    }

    @Test
    void aBadCountIsRefusedInTheDialogAndNothingIsSent() {
        try (TuiHarness tui = open(Place.clusters(), Place.services("demo"))) {
            tui.type("s").ctrl('u').type("lots").press(KeyType.Enter);
            assertThat(tui.text()).contains("desired count must be a whole number");
            tui.press(KeyType.Escape);
            assertThat(session.executed).isEmpty();
            assertThat(tui.text()).contains("cancelled, nothing was changed");
        }
    }

    @Test
    void readOnlyHidesChangesFromHintsAndRefusesTheirKeys() {
        FakeSession readOnly = new FakeSession(clock, true);
        readOnly.clusters.onNext(session.clusters.getValue());
        readOnly.setServices("demo", List.of(Fixtures.service("demo", "web", 2, 2, "COMPLETED", clock.instant())));
        try (TuiHarness tui = TuiHarness.start(readOnly, 80, 24, Place.clusters(), Place.services("demo"))) {
            assertThat(tui.line(0)).contains("READ-ONLY");
            assertThat(tui.text()).contains("<l>logs").doesNotContain("<s>scale").doesNotContain("<r>redeploy");
            tui.type("s");
            assertThat(tui.text()).contains("read-only: scale is disabled");
            assertThat(readOnly.executed).isEmpty();
        }
    }

    @Test
    void helpListsTheKeysOfThisScreenFromTheKeymap() {
        try (TuiHarness tui = open(Place.clusters(), Place.services("demo"))) {
            tui.type("?");
            assertThat(tui.text()).contains("help: demo").contains("Scale (desired count)").contains("ctrl-k")
                    .contains("(asks first)");
            tui.press(KeyType.Escape);
            assertThat(tui.text()).doesNotContain("help: demo");
        }
    }

    @Test
    void problemsAndThrottlingShowAsOneLineAndABadgeAndOldRowsStay() {
        try (TuiHarness tui = open(Place.clusters())) {
            session.clusters.onNext(session.clusters.getValue().failed(new Problem(Problem.Kind.THROTTLED,
                    "ECS is throttling Berth (Rate exceeded); backing off", clock.instant())));
            session.status.onNext(new SessionStatus(true, null, 120));
            tui.settle();
            assertThat(tui.line(0)).contains("THROTTLED").contains("stale");
            assertThat(tui.text()).contains("⚠ ECS is throttling Berth (Rate exceeded); backing off").contains("demo");
            assertThat(tui.text()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void followsResizesShowingMoreColumnsWhenWider() {
        try (TuiHarness tui = open(Place.clusters(), Place.services("demo"))) {
            tui.advance(2000);
            assertThat(tui.text()).doesNotContain("LAST EVENT");
            tui.resize(200, 50);
            assertThat(tui.text()).contains("LAST EVENT").contains("has reached a steady state").contains("MEM");
            assertThat(tui.text().split("\n")).hasSize(50);
            tui.resize(80, 24);
            assertThat(tui.text()).doesNotContain("LAST EVENT");
        }
    }

    @Test
    void describeCopyAndEventsWorkOnTheSelectedService() {
        try (TuiHarness tui = open(Place.clusters(), Place.services("demo"))) {
            tui.type("c");
            assertThat(tui.copied).containsExactly("arn:aws:ecs:us-east-1:123456789012:service/demo/web");
            tui.type("d");
            assertThat(tui.text()).contains("Service web").contains("Desired/running/pending").contains("2 / 2 / 0");
            tui.press(KeyType.Escape).type("e");
            assertThat(tui.text()).contains("events(web) [2]").contains("◆").contains("has reached a steady state");
        }
    }

    @Test
    void revisionsDiffTheMarkedAndTheSelectedOne() {
        try (TuiHarness tui = open(Place.clusters())) {
            tui.type(":taskdefs").press(KeyType.Enter);
            assertThat(tui.text()).contains("taskdefs [3]");
            tui.press(KeyType.ArrowDown).press(KeyType.Enter);
            assertThat(tui.text()).contains("web:3").contains("web:1");
            tui.type(" ").press(KeyType.ArrowDown).press(KeyType.ArrowDown).type("d");
            assertThat(tui.text()).contains("--- web:1").contains("+++ web:3").contains("-  \"revision\" : 1,")
                    .contains("+  \"revision\" : 3,");
        }
    }

    @Test
    void aBigClusterKeepsOnlyTheVisibleWindowInTheTableAndTellsTheCore() {
        List<Service> many = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            many.add(Fixtures.service("big", String.format("svc-%04d", i), 1, 1, "COMPLETED", clock.instant()));
        }
        session.setServices("big", many);
        try (TuiHarness tui = TuiHarness.start(session, 80, 24, Place.clusters(), Place.services("big"))) {
            ResourceTable<?> table = findTable(tui);
            assertThat(table.getTableModel().getRowCount()).isLessThanOrEqualTo(24);
            assertThat(session.visibleCalls.get(session.visibleCalls.size() - 1)).first().isEqualTo("svc-0000");
            tui.press(KeyType.End);
            assertThat(tui.text()).contains("svc-4999").contains("rows 5000/5000");
            assertThat(session.visibleCalls.get(session.visibleCalls.size() - 1)).last().isEqualTo("svc-4999");
            assertThat(table.getTableModel().getRowCount()).isLessThanOrEqualTo(24);
        }
    }

    private static ResourceTable<?> findTable(TuiHarness tui) {
        BrowserPanel<?> panel = (BrowserPanel<?>) tui.shell.current();
        var root = (com.googlecode.lanterna.gui2.Panel) panel.component();
        return (ResourceTable<?>) root.getChildrenList().stream().filter(c -> c instanceof ResourceTable<?>).findFirst().orElseThrow();
    }
}
