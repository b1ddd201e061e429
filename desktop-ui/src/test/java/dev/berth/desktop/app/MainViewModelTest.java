package dev.berth.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.BerthException;
import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.Keymap;
import dev.berth.core.model.ContextInfo;
import dev.berth.core.model.Task;
import dev.berth.core.triage.Finding;
import dev.berth.desktop.actions.ActionForm;
import dev.berth.desktop.detail.DetailTab;
import dev.berth.desktop.detail.Target;
import dev.berth.desktop.services.ServiceItem;
import dev.berth.desktop.testing.FakeSession;
import dev.berth.desktop.testing.Fixtures;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class MainViewModelTest {
    private final FakeSession session = FakeSession.sandbox();

    private MainViewModel connected(FakeSession s) {
        Fixtures.populate(s);
        MainViewModel vm = new MainViewModel(Keymap.defaults(), o -> s, Schedulers.trampoline(), Schedulers.trampoline(),
                Clock.systemUTC());
        vm.connect(dev.berth.core.context.ConnectOptions.defaults());
        return vm;
    }

    @SuppressWarnings("unchecked")
    private static <R> void select(MainViewModel vm, int row) {
        var list = (dev.berth.desktop.table.ResourceListViewModel<R>) vm.pageProperty().get().list();
        list.selectedProperty().set(list.rows().get(row));
    }

    @Test
    void connectingOpensTheServicesOfTheBusiestCluster() {
        Fixtures.populate(session);
        session.push("clusters", java.util.List.of(Fixtures.cluster("staging", 2, 2), Fixtures.cluster("prod", 4, 7)));
        MainViewModel vm = new MainViewModel(Keymap.defaults(), o -> session, Schedulers.trampoline(), Schedulers.trampoline(),
                Clock.systemUTC());
        vm.connect(dev.berth.core.context.ConnectOptions.defaults());
        assertThat(vm.clusters()).containsExactly("staging", "prod");
        assertThat(vm.pageProperty().get().place()).isEqualTo(new Place(PageKind.SERVICES, "prod", null));
        assertThat(vm.triageProperty().get().countProperty().get()).isEqualTo(3);
        assertThat(vm.header().sandboxProperty().get()).isTrue();
        assertThat(vm.connectingProperty().get()).isFalse();
    }

    /** Connected to a session that has its clusters but not yet the services of the first page. */
    private MainViewModel connectedBeforeTheFirstRows() {
        session.push("clusters", java.util.List.of(Fixtures.cluster("prod", 4, 7)));
        MainViewModel vm = new MainViewModel(Keymap.defaults(), o -> session, Schedulers.trampoline(), Schedulers.trampoline(),
                Clock.systemUTC());
        vm.connect(dev.berth.core.context.ConnectOptions.defaults());
        return vm;
    }

    @Test
    void triageWaitsForTheFirstPageToHaveItsRows() {
        MainViewModel vm = connectedBeforeTheFirstRows();
        assertThat(vm.pageProperty().get().list().loadingProperty().get()).isTrue();
        assertThat(session.subscriptions("triage/null")).as("no triage calls while the first rows load").isZero();
        Fixtures.populate(session);
        assertThat(session.watched("triage/null")).isTrue();
        assertThat(vm.triageProperty().get().countProperty().get()).isEqualTo(3);
    }

    @Test
    void triageStartsWhenTheFirstPageCanOnlyShowAProblem() {
        assertThat(connectedBeforeTheFirstRows().pageProperty().get().list().loadingProperty().get()).isTrue();
        assertThat(session.subscriptions("triage/null")).isZero();
        session.push("services/prod", dev.berth.core.watch.Snapshot.<java.util.List<dev.berth.core.model.ServiceRow>>loading()
                .failed(new dev.berth.core.watch.Problem(dev.berth.core.watch.Problem.Kind.ACCESS_DENIED,
                        "not allowed: ecs:ListServices", java.time.Instant.now())));
        assertThat(session.watched("triage/null")).isTrue();
    }

    @Test
    void startingAtAClusterAsSoonAsTheSessionArrivesShowsItsServices() {
        Fixtures.populate(session);
        MainViewModel vm = new MainViewModel(Keymap.defaults(), o -> session, Schedulers.trampoline(), Schedulers.trampoline(),
                Clock.systemUTC());
        // What `berth desktop --cluster staging` does: the session's arrival is the moment to go there.
        vm.sessionProperty().addListener((o, a, b) -> vm.startAt("staging", null));
        vm.connect(dev.berth.core.context.ConnectOptions.defaults());
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.pageProperty().get().place()).isEqualTo(new Place(PageKind.SERVICES, "staging", null));
    }

    @Test
    void aSessionThatCannotOpenShowsOneLine() {
        MainViewModel vm = new MainViewModel(Keymap.defaults(), o -> {
            throw new BerthException("The security token included in the request is expired\n(details)");
        }, Schedulers.trampoline(), Schedulers.trampoline(), Clock.systemUTC());
        vm.connect(dev.berth.core.context.ConnectOptions.defaults());
        assertThat(vm.errorProperty().get()).isEqualTo("The security token included in the request is expired");
        assertThat(vm.pageProperty().get()).isNull();
    }

    @Test
    void selectingAServiceOpensItsDetailAndKeysSwitchTabs() {
        MainViewModel vm = connected(session);
        select(vm, 0);
        assertThat(vm.detailProperty().get().target()).isEqualTo(new Target.ServiceTarget("prod", "web"));
        assertThat(vm.run(Command.LOGS)).isTrue();
        assertThat(vm.detailProperty().get().tabProperty().get()).isEqualTo(DetailTab.LOGS);
        vm.run(Command.METRICS);
        assertThat(vm.detailProperty().get().tabProperty().get()).isEqualTo(DetailTab.METRICS);

        select(vm, 1);
        assertThat(vm.detailProperty().get().target()).isEqualTo(new Target.ServiceTarget("prod", "worker"));
        assertThat(vm.detailProperty().get().tabProperty().get()).as("the tab stays while moving through rows")
                .isEqualTo(DetailTab.METRICS);
    }

    @Test
    void theNextServiceIsShownByTheSameDetailAndATaskByItsOwn() {
        MainViewModel vm = connected(session);
        select(vm, 0);
        var detail = vm.detailProperty().get();
        vm.run(Command.EVENTS);
        select(vm, 1);
        assertThat(vm.detailProperty().get()).as("the same model, pointed at worker").isSameAs(detail);
        assertThat(detail.target()).isEqualTo(new Target.ServiceTarget("prod", "worker"));
        assertThat(detail.timeline().entries()).allSatisfy(e -> assertThat(e.text()).doesNotContain("web:"));
        assertThat(session.watched("deployments/prod/web")).isFalse();
        assertThat(vm.selectedService().name()).isEqualTo("worker");

        vm.go(new Place(PageKind.TASKS, "prod", "worker"));
        select(vm, 0);
        assertThat(vm.detailProperty().get()).isNotSameAs(detail);
        assertThat(session.watched("service/prod/worker")).as("the service's detail is gone").isFalse();
    }

    @Test
    void enterDrillsDownAndEscGoesBack() {
        MainViewModel vm = connected(session);
        select(vm, 1);
        assertThat(vm.run(Command.OPEN)).isTrue();
        assertThat(vm.pageProperty().get().place()).isEqualTo(new Place(PageKind.TASKS, "prod", "worker"));
        assertThat(vm.pageProperty().get().list().rows()).hasSize(3);
        assertThat(vm.run(Command.BACK)).isTrue();
        assertThat(vm.pageProperty().get().place()).isEqualTo(new Place(PageKind.SERVICES, "prod", null));
        assertThat(vm.run(Command.BACK)).as("nothing further back").isFalse();
    }

    @Test
    void aFindingOpensTheStoppedTaskWithItsLogsFromBeforeTheStop() {
        MainViewModel vm = connected(session);
        Finding crash = vm.triageProperty().get().findings().get(0);
        vm.openFinding(crash);

        assertThat(vm.pageProperty().get().place()).isEqualTo(new Place(PageKind.TASKS, "prod", "worker"));
        assertThat(((Task) vm.pageProperty().get().list().selectedProperty().get()).id()).isEqualTo(crash.taskId());
        var detail = vm.detailProperty().get();
        assertThat(detail.tabProperty().get()).isEqualTo(DetailTab.LOGS);
        assertThat(detail.target()).isEqualTo(new Target.TaskTarget("prod", "worker", crash.taskId(),
                crash.since().minus(MainViewModel.EVIDENCE_LEAD)));
        detail.logs();
        assertThat(session.lastTail().query().from()).isEqualTo(crash.since().minus(MainViewModel.EVIDENCE_LEAD));
        assertThat(session.lastTail().query().taskId()).isEqualTo(crash.taskId());
    }

    @Test
    void aServiceFindingOpensTheServiceAtTheRightTab() {
        MainViewModel vm = connected(session);
        Finding below = vm.triageProperty().get().findings().stream().filter(f -> f.taskId() == null).findFirst().orElseThrow();
        vm.go(Place.of(PageKind.TRIAGE));
        vm.openFinding(below);
        assertThat(((ServiceItem) vm.pageProperty().get().list().selectedProperty().get()).name()).isEqualTo("worker");
        assertThat(vm.detailProperty().get().tabProperty().get()).isEqualTo(DetailTab.OVERVIEW);
    }

    @Test
    void actionsOpenForTheSelectedServiceAndAreRefusedInReadOnly() {
        MainViewModel vm = connected(session);
        select(vm, 0);
        vm.run(Command.SCALE);
        assertThat(vm.actionProperty().get().form()).isEqualTo(ActionForm.scale("prod", "web", 3));
        vm.closeAction();

        FakeSession readOnly = new FakeSession(new ContextInfo(null, "us-east-1", "1", null, false, true, false));
        MainViewModel ro = connected(readOnly);
        select(ro, 0);
        assertThat(ro.run(Command.SCALE)).isTrue();
        assertThat(ro.actionProperty().get()).isNull();
        assertThat(ro.noticeProperty().get()).startsWith("Read-only");
        ro.scalingBounds();
        assertThat(ro.actionProperty().get()).isNull();
    }

    @Test
    void stopTaskNeedsATaskAndUsesTheSelectedOne() {
        MainViewModel vm = connected(session);
        vm.run(Command.STOP_TASK);
        assertThat(vm.actionProperty().get()).isNull();
        assertThat(vm.noticeProperty().get()).isEqualTo("Select a task to stop");
        vm.go(new Place(PageKind.TASKS, "prod", "web"));
        select(vm, 2);
        vm.run(Command.STOP_TASK);
        assertThat(vm.actionProperty().get().form()).isEqualTo(ActionForm.stopTask("prod", "c3d4e5f607182930"));
    }

    @Test
    void aLogLinesTaskOpensInTheTasksOfItsService() {
        MainViewModel vm = connected(session);
        select(vm, 0);
        vm.detailProperty().get().openTask("b2c3d4e5f6071829");
        assertThat(vm.pageProperty().get().place()).isEqualTo(new Place(PageKind.TASKS, "prod", "web"));
        assertThat(vm.detailProperty().get().target()).isEqualTo(new Target.TaskTarget("prod", "web", "b2c3d4e5f6071829", null));
    }

    @Test
    void refreshAsksTheCoreAndTriageGoesToTheTriagePage() {
        MainViewModel vm = connected(session);
        vm.run(Command.REFRESH);
        assertThat(session.refreshes()).isEqualTo(1);
        vm.run(Command.TRIAGE);
        assertThat(vm.pageProperty().get().place().kind()).isEqualTo(PageKind.TRIAGE);
    }

    @Test
    void switchingRegionReopensAndClosesTheOldSession() {
        FakeSession second = FakeSession.sandbox();
        Fixtures.populate(session);
        Fixtures.populate(second);
        java.util.List<dev.berth.core.context.ConnectOptions> asked = new java.util.ArrayList<>();
        MainViewModel vm = new MainViewModel(Keymap.defaults(), o -> {
            asked.add(o);
            return asked.size() == 1 ? session : second;
        }, Schedulers.trampoline(), Schedulers.trampoline(), Clock.systemUTC());
        vm.connect(new dev.berth.core.context.ConnectOptions("ops", "us-east-1", null, true, false));
        vm.switchContext(null, "eu-west-1");
        assertThat(asked.get(1)).isEqualTo(new dev.berth.core.context.ConnectOptions("ops", "eu-west-1", null, true, false));
        assertThat(session.closed()).isTrue();
        assertThat(vm.sessionProperty().get()).isSameAs(second);
    }
}
