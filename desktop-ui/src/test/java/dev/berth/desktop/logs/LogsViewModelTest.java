package dev.berth.desktop.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.logs.LogQuery;
import dev.berth.core.model.LogLine;
import dev.berth.core.model.Severity;
import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.testing.FakeLogTail;
import dev.berth.desktop.testing.FakeSession;
import dev.berth.desktop.testing.Fixtures;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogsViewModelTest {
    private final FakeSession session = FakeSession.sandbox();
    private final Scheduler now = Schedulers.trampoline();

    private LogsViewModel serviceLogs(int max) {
        LogsViewModel vm = new LogsViewModel(session, now, now, max);
        vm.follow(LogQuery.service("prod", "web"));
        return vm;
    }

    @Test
    void holdsAtMostTheBoundDroppingTheOldestLines() {
        LogsViewModel vm = serviceLogs(1_000);
        FakeLogTail tail = session.lastTail();
        tail.emit(Fixtures.lines(800, 0));
        tail.emit(Fixtures.lines(800, 100_000));

        assertThat(vm.lines()).hasSize(1_000);
        assertThat(vm.lines().get(0).timestamp()).isEqualTo(6_000L);
        assertThat(vm.lines().get(999).timestamp()).isEqualTo(100_000L + 799 * 10);
    }

    @Test
    void aBurstOfBatchesBecomesOneListChangePerUiTurn() {
        List<Runnable> uiQueue = new ArrayList<>();
        Scheduler queued = Schedulers.from((Executor) uiQueue::add);
        LogsViewModel vm = new LogsViewModel(session, queued, now, 100_000);
        vm.follow(LogQuery.service("prod", "web"));
        int[] changes = {0};
        vm.lines().addListener((javafx.collections.ListChangeListener<LogLine>) c -> changes[0]++);
        FakeLogTail tail = session.lastTail();
        for (int i = 0; i < 200; i++) {
            tail.emit(Fixtures.lines(50, i * 1_000L));
        }
        List<Runnable> drained = List.copyOf(uiQueue);
        uiQueue.clear();
        drained.forEach(Runnable::run);
        // the status stream may add its own hops; the lines come in one drain
        assertThat(vm.lines()).hasSize(10_000);
        assertThat(changes[0]).isEqualTo(1);
    }

    @Test
    void aResetBatchReplacesWhatIsHeld() {
        LogsViewModel vm = serviceLogs(1_000);
        session.lastTail().emit(Fixtures.lines(10, 0));
        session.lastTail().reset(Fixtures.lines(3, 50_000));
        assertThat(vm.lines()).hasSize(3);
        assertThat(vm.lines().get(0).timestamp()).isEqualTo(50_000L);
    }

    @Test
    void pausingPausesTheTailAndFollowingResumesIt() {
        LogsViewModel vm = serviceLogs(1_000);
        vm.toggleFollow();
        assertThat(session.lastTail().paused()).isTrue();
        vm.toggleFollow();
        assertThat(session.lastTail().paused()).isFalse();
    }

    @Test
    void sinceWindowAndFilterPatternRestartTheTailWithTheNewQuery() {
        LogsViewModel vm = serviceLogs(1_000);
        FakeLogTail first = session.lastTail();
        first.emit(Fixtures.lines(5, 0));

        vm.setSince(Duration.ofHours(1));
        assertThat(first.closed()).isTrue();
        assertThat(session.lastTail().query().since()).isEqualTo(Duration.ofHours(1));
        assertThat(vm.lines()).isEmpty();

        vm.filterPatternProperty().set("?ERROR ?Exception");
        vm.applyFilterPattern();
        assertThat(session.lastTail().query().filterPattern()).isEqualTo("?ERROR ?Exception");
        assertThat(session.lastTail().query().since()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aHiddenTabStopsTheTailAndShowingItAgainResumesWithTheWindowChosen() {
        LogsViewModel vm = serviceLogs(1_000);
        vm.setSince(Duration.ofHours(3));
        FakeLogTail shown = session.lastTail();
        vm.stop();
        assertThat(shown.closed()).isTrue();
        vm.setSince(Duration.ofMinutes(5));
        assertThat(session.tails()).as("no tail while hidden").hasSize(2);

        vm.follow(LogQuery.service("prod", "web"));
        assertThat(session.tails()).hasSize(3);
        assertThat(session.lastTail().query().since()).isEqualTo(Duration.ofMinutes(5));
        assertThat(session.lastTail().closed()).isFalse();
    }

    @Test
    void localSearchCountsMatchesAndJumpsBetweenThemWrapping() {
        LogsViewModel vm = serviceLogs(1_000);
        session.lastTail().emit(Fixtures.lines(200, 0));
        vm.searchProperty().set("upstream timeout");

        assertThat(vm.matchesProperty().get()).isEqualTo(4);
        assertThat(vm.nextMatch(-1, true)).isZero();
        assertThat(vm.nextMatch(0, true)).isEqualTo(50);
        assertThat(vm.nextMatch(150, true)).as("wraps to the first").isZero();
        assertThat(vm.nextMatch(0, false)).as("backwards wraps to the last").isEqualTo(150);

        session.lastTail().emit(Fixtures.lines(50, 10_000));
        assertThat(vm.matchesProperty().get()).as("counted incrementally as lines arrive").isEqualTo(5);
    }

    @Test
    void aSearchThatIsNotARegexIsTakenLiterally() {
        LogsViewModel vm = serviceLogs(1_000);
        session.lastTail().emit(List.of(Fixtures.line(1, "t1", "value [unclosed", Severity.INFO)));
        vm.searchProperty().set("[unclosed");
        assertThat(vm.matchesProperty().get()).isEqualTo(1);
    }

    @Test
    void aLinesTaskOpensThroughTheCallbackAndServiceViewsAreLabelled() {
        LogsViewModel vm = serviceLogs(1_000);
        List<String> opened = new ArrayList<>();
        vm.setOnOpenTask(opened::add);
        vm.openTaskOf(Fixtures.line(1, "a1b2c3", "hello", Severity.INFO));
        assertThat(opened).containsExactly("a1b2c3");
        assertThat(vm.merged()).isTrue();
        LogsViewModel task = new LogsViewModel(session, now, now);
        task.follow(LogQuery.task("prod", "web", "a1b2c3"));
        assertThat(task.merged()).isFalse();
    }

    @Test
    void savingWritesTheBufferAndSaysWhere(@TempDir Path dir) throws Exception {
        LogsViewModel vm = serviceLogs(1_000);
        session.lastTail().emit(Fixtures.lines(20, 0));
        Path file = dir.resolve("out.log");
        vm.save(file).blockingAwait();
        assertThat(Files.readAllLines(file)).hasSize(20);
        assertThat(vm.messageProperty().get()).contains("Saved 20 lines").contains(file.toString());
    }

    @Test
    void severitiesHaveTheirColours() {
        assertThat(LogsViewModel.tone(Severity.ERROR)).isEqualTo(Tone.BAD);
        assertThat(LogsViewModel.tone(Severity.CRITICAL)).isEqualTo(Tone.BAD);
        assertThat(LogsViewModel.tone(Severity.WARN)).isEqualTo(Tone.WARN);
        assertThat(LogsViewModel.tone(Severity.DEBUG)).isEqualTo(Tone.MUTED);
        assertThat(LogsViewModel.tone(Severity.INFO)).isEqualTo(Tone.NEUTRAL);
    }

    @Test
    void disposingClosesTheTail() {
        LogsViewModel vm = serviceLogs(1_000);
        vm.dispose();
        assertThat(session.lastTail().closed()).isTrue();
    }
}
