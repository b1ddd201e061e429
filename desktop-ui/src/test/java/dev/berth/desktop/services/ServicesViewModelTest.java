package dev.berth.desktop.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.testing.FakeSession;
import dev.berth.desktop.testing.Fixtures;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServicesViewModelTest {
    private final FakeSession session = FakeSession.sandbox();

    @Test
    void rowsCarryStatusToneAndTaskCounts() {
        Fixtures.populate(session);
        ServicesViewModel vm = new ServicesViewModel(session, "prod", Schedulers.trampoline());

        assertThat(vm.list().rows()).extracting(ServiceItem::name).containsExactly("web", "worker", "api", "batch");
        ServiceItem worker = vm.list().rows().get(1);
        assertThat(worker.status()).isEqualTo("DEGRADED");
        assertThat(worker.tone()).isEqualTo(Tone.WARN);
        assertThat(worker.tasksText()).isEqualTo("1/3 (+1)");
        assertThat(vm.list().rows().get(0).tone()).isEqualTo(Tone.GOOD);
        assertThat(vm.list().rows().get(2).status()).isEqualTo("DEPLOYING");
    }

    @Test
    void onlyTheRowsOnScreenAreReportedAndGetSparklines() {
        Fixtures.populate(session);
        ServicesViewModel vm = new ServicesViewModel(session, "prod", Schedulers.trampoline());
        assertThat(session.metricsRequests()).as("no metrics before anything is on screen").isEmpty();

        vm.setVisible(List.of("web", "worker"));

        assertThat(session.visible("prod")).containsExactly("web", "worker");
        assertThat(session.metricsRequests()).singleElement()
                .satisfies(r -> assertThat(r.services()).containsExactly("web", "worker"));
        assertThat(vm.list().rows().get(1).cpu()).isNotEmpty();
        assertThat(vm.list().rows().get(1).latestCpu()).isGreaterThan(70);
        assertThat(vm.list().rows().get(2).cpu()).as("api is not on screen").isEmpty();
    }

    @Test
    void theSameVisibleSetDoesNotRefetchMetrics() {
        Fixtures.populate(session);
        ServicesViewModel vm = new ServicesViewModel(session, "prod", Schedulers.trampoline());
        vm.setVisible(List.of("web", "worker"));
        vm.setVisible(List.of("worker", "web"));
        assertThat(session.metricsRequests()).hasSize(1);
    }

    @Test
    void disposingStopsWatchingTheSlice() {
        Fixtures.populate(session);
        ServicesViewModel vm = new ServicesViewModel(session, "prod", Schedulers.trampoline());
        assertThat(session.watched("services/prod")).isTrue();
        vm.dispose();
        assertThat(session.watched("services/prod")).isFalse();
    }
}
