package dev.berth.desktop.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.model.Severity;
import dev.berth.core.triage.Finding;
import dev.berth.core.triage.FindingKind;
import dev.berth.desktop.testing.FakeSession;
import dev.berth.desktop.testing.TestClock;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriageViewModelTest {
    private final FakeSession session = FakeSession.sandbox();
    private final TestClock clock = new TestClock();

    private static Finding finding(String id, Severity s, Instant since) {
        return new Finding(id, FindingKind.CRASH_LOOP, s, "prod", "worker", null, id, since, List.of());
    }

    @Test
    void worstFirstThenOldestAndCounted() {
        TriageViewModel vm = new TriageViewModel(session, Schedulers.trampoline(), clock);
        vm.watch();
        Instant t = Instant.parse("2026-01-01T10:00:00Z");
        session.push("triage/null", List.of(finding("a", Severity.WARN, t), finding("b", Severity.ERROR, t.plusSeconds(60)),
                finding("c", Severity.ERROR, t)));
        assertThat(vm.findings()).extracting(Finding::id).containsExactly("c", "b", "a");
        assertThat(vm.countProperty().get()).isEqualTo(3);
        assertThat(vm.worstProperty().get()).isEqualTo(Severity.ERROR);
    }

    @Test
    void onlyFindingsThatAppearAfterTheFirstPollAreAnnounced() {
        TriageViewModel vm = new TriageViewModel(session, Schedulers.trampoline(), clock);
        vm.watch();
        List<String> announced = new ArrayList<>();
        vm.setOnNewFinding(f -> announced.add(f.id()));
        Instant t = clock.instant();
        session.push("triage/null", List.of(finding("a", Severity.WARN, t)));
        session.push("triage/null", List.of(finding("a", Severity.WARN, t), finding("z", Severity.WARN, t)));
        assertThat(announced).as("still settling: what Berth opened onto is not news").isEmpty();
        clock.advance(TriageViewModel.SETTLING);
        session.push("triage/null", List.of(finding("a", Severity.WARN, t), finding("b", Severity.ERROR, t)));
        session.push("triage/null", List.of(finding("b", Severity.ERROR, t)));
        session.push("triage/null", List.of(finding("a", Severity.WARN, t), finding("b", Severity.ERROR, t)));
        assertThat(announced).as("a came back after it had cleared").containsExactly("b", "a");
        assertThat(announced).doesNotContain("z");
    }
}
