package dev.berth.tui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.keymap.Command;
import dev.berth.core.logs.LogBatch;
import dev.berth.core.logs.LogQuery;
import dev.berth.core.model.Severity;
import dev.berth.tui.nav.Kind;
import dev.berth.tui.support.Fixtures;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Tone;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogsViewModelTest {
    private static final String T1 = "aaaaaaaa1111";
    private static final String T2 = "bbbbbbbb2222";
    private final LogsViewModel vm = new LogsViewModel(LogQuery.service("demo", "web"));

    private void feed(int n) {
        for (int i = 0; i < n; i++) {
            vm.accept(new LogBatch(List.of(Fixtures.log(i % 2 == 0 ? T1 : T2, "web", 1_000L * i, "line " + i,
                    i % 5 == 0 ? Severity.ERROR : Severity.INFO)), false));
        }
    }

    private static List<String> texts(List<StyledLine> lines) {
        return lines.stream().map(StyledLine::text).toList();
    }

    @Test
    void followingShowsTheNewestLinesAtTheBottomLabelledByTask() {
        feed(50);
        vm.toggleTimestamps();
        List<String> shown = texts(vm.render(80, 5));
        assertThat(shown).hasSize(5);
        assertThat(shown.get(4)).isEqualTo("bbbbbbbb web line 49");
        assertThat(shown.get(3)).isEqualTo("aaaaaaaa web line 48");
    }

    @Test
    void errorsAreColouredBySeverity() {
        feed(6);
        StyledLine line = vm.render(80, 6).get(5);
        assertThat(line.text()).endsWith("line 5");
        assertThat(line.spans().get(line.spans().size() - 1).tone()).isEqualTo(Tone.BAD);
    }

    @Test
    void filterKeepsMatchingLinesAndBangInverts() {
        feed(20);
        vm.setFilter("line 1");
        assertThat(texts(vm.render(200, 30))).allMatch(l -> l.contains("line 1"));
        vm.setFilter("!line 1");
        assertThat(texts(vm.render(200, 30))).noneMatch(l -> l.contains("line 1"));
    }

    @Test
    void wrapSplitsLongLinesOverRows() {
        vm.toggleTimestamps();
        vm.accept(new LogBatch(List.of(Fixtures.log(T1, "web", 0, "x".repeat(50), Severity.INFO)), false));
        assertThat(vm.render(20, 10)).hasSize(1);
        vm.toggleWrap();
        assertThat(vm.render(20, 10)).hasSize(4);
    }

    @Test
    void movingUpLeavesFollowAndEnterJumpsToTheLinesTask() {
        feed(10);
        vm.move(-1);
        assertThat(vm.following()).isFalse();
        assertThat(vm.selected().message()).isEqualTo("line 8");
        assertThat(vm.jumpTarget().kind()).isEqualTo(Kind.CONTAINERS);
        assertThat(vm.jumpTarget().taskId()).isEqualTo(T1);
        vm.end();
        assertThat(vm.following()).isTrue();
    }

    @Test
    void pauseFreezesFollowAndSinceKeysChangeTheQuery() {
        feed(3);
        vm.toggleFollow();
        assertThat(vm.paused()).isTrue();
        assertThat(vm.header().text()).contains("PAUSED");
        vm.since(LogsViewModel.sinceFor(Command.SINCE_1H));
        assertThat(vm.query().since()).isEqualTo(Duration.ofHours(1));
        assertThat(vm.held()).isZero();
        assertThat(vm.header().text()).contains("since 1h");
        assertThat(LogsViewModel.sinceFor(Command.SINCE_TAIL)).isEqualTo(Duration.ZERO);
    }
}
