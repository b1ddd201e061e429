package dev.berth.desktop.detail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.model.LogLine;
import dev.berth.core.model.Task;
import dev.berth.desktop.testing.FakeSession;
import dev.berth.desktop.testing.Fixtures;
import dev.berth.desktop.testing.SectionRows;
import dev.berth.desktop.testing.SurroundingFixtures;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One detail model follows selection after selection of a kind; only its shown tab watches slices. */
class DetailViewModelTest {
    private static final Target WEB = new Target.ServiceTarget("prod", "web");
    private static final Target WORKER = new Target.ServiceTarget("prod", "worker");
    private final FakeSession session = FakeSession.sandbox();
    private final Scheduler now = Schedulers.trampoline();

    @BeforeEach
    void world() {
        Fixtures.populate(session);
        SurroundingFixtures.populate(session);
    }

    private DetailViewModel detail(Target target) {
        return new DetailViewModel(session, target, now, now, Clock.systemUTC());
    }

    private static List<String> taskIds(DetailViewModel d) {
        return d.tasks().rows().stream().map(Task::id).toList();
    }

    @Test
    void anotherServiceShowsItsOwnTasksAndNeverARowOfTheLastOne() {
        DetailViewModel d = detail(WEB);
        d.show(DetailTab.TASKS);
        List<String> web = taskIds(d);
        assertThat(web).hasSize(3);
        List<List<String>> seen = new ArrayList<>();
        d.tasks().rows().addListener((ListChangeListener<Task>) c -> seen.add(taskIds(d)));

        d.show(WORKER, null);

        assertThat(d.target()).isEqualTo(WORKER);
        assertThat(d.tabProperty().get()).as("the tab stays").isEqualTo(DetailTab.TASKS);
        assertThat(d.titleProperty().get()).startsWith("Service worker");
        assertThat(taskIds(d)).containsExactlyInAnyOrder("9f8e7d6c5b4a3921", "8e7d6c5b4a392110", "7d6c5b4a39211009");
        assertThat(seen).as("every state the list went through").allSatisfy(ids -> assertThat(ids).doesNotContainAnyElementsOf(web));
        assertThat(d.serviceProperty().get().name()).isEqualTo("worker");
    }

    @Test
    void aServiceNotDescribedYetShowsNothingRatherThanTheLastOnesData() {
        DetailViewModel d = detail(WEB);
        d.show(DetailTab.LOAD_BALANCING);
        assertThat(d.loadBalancing().sections()).isNotEmpty();
        d.show(DetailTab.OVERVIEW);
        assertThat(d.overview()).isNotEmpty();

        d.show(new Target.ServiceTarget("prod", "unknown"), null);
        assertThat(d.overview()).isEmpty();
        assertThat(d.serviceProperty().get()).isNull();
        d.show(DetailTab.LOAD_BALANCING);
        assertThat(d.loadBalancing().sections()).as("web's target groups are gone").isEmpty();
        assertThat(d.loadBalancing().loadingProperty().get()).isTrue();
    }

    @Test
    void onlyTheShownTabWatchesItsSlices() {
        DetailViewModel d = detail(WEB);
        assertThat(session.watched("alarms/prod/web")).as("the overview shows the alarms").isTrue();
        assertThat(session.watched("scaling/prod/web")).isTrue();

        d.show(DetailTab.LOGS);
        assertThat(session.watched("alarms/prod/web")).as("hidden: no polling").isFalse();
        assertThat(session.watched("scaling/prod/web")).isFalse();
        assertThat(session.lastTail().query().service()).isEqualTo("web");
        assertThat(session.watched("service/prod/web")).as("the service itself, for title, actions and JSON").isTrue();

        d.show(DetailTab.COST);
        assertThat(session.lastTail().closed()).as("the tail stops with its tab").isTrue();
        assertThat(session.watched("cost/prod/web")).isTrue();
        d.show(DetailTab.OVERVIEW);
        assertThat(session.watched("cost/prod/web")).isFalse();
        assertThat(session.watched("alarms/prod/web")).isTrue();

        for (String never : List.of("load-balancing/prod/web", "discovery/prod/web", "deployments/prod/web", "revisions/web")) {
            assertThat(session.subscriptions(never)).as("%s: its tab was never shown", never).isZero();
        }
        assertThat(session.metricsRequests()).isEmpty();
        assertThat(session.subscriptions("cost/prod/web")).isEqualTo(1);
    }

    @Test
    void theShownTabFollowsTheNewServiceAndTheHiddenOnesWaitUntilShown() {
        DetailViewModel d = detail(WEB);
        d.show(DetailTab.COST);
        d.show(DetailTab.DISCOVERY);
        d.show(WORKER, null);

        assertThat(session.watched("discovery/prod/worker")).isTrue();
        assertThat(session.watched("discovery/prod/web")).isFalse();
        assertThat(session.subscriptions("cost/prod/worker")).as("a hidden tab follows nobody yet").isZero();
        assertThat(session.subscriptions("alarms/prod/worker")).as("the overview is not shown").isZero();

        d.show(DetailTab.COST);
        assertThat(session.watched("cost/prod/worker")).isTrue();
        assertThat(d.cost().sections()).as("worker has no estimate yet: web's is not shown").isEmpty();
    }

    @Test
    void theOverviewAndJsonRenderTheNewServiceOnly() {
        DetailViewModel d = detail(WEB);
        assertThat(SectionRows.rows(alarms(d))).as("web's two alarms").hasSize(2);
        d.show(WORKER, DetailTab.JSON);
        assertThat(d.jsonProperty().get()).contains("\"name\" : \"worker\"").doesNotContain("\"name\" : \"web\"");
        d.show(DetailTab.OVERVIEW);
        assertThat(SectionRows.rows(alarms(d))).as("worker's alarms have not come yet").isEmpty();
        assertThat(alarms(d).note()).isEqualTo("Loading…");
        assertThat(d.progressTextProperty().get()).isEqualTo(Overviews.rolloutText(d.serviceProperty().get()));
    }

    private static Section alarms(DetailViewModel d) {
        return d.overview().stream().filter(s -> s.id().equals("alarms")).findFirst().orElseThrow();
    }

    @Test
    void logsOfTheNextServiceStartOverAndTheLastTailIsClosed() {
        DetailViewModel d = detail(WEB);
        d.show(DetailTab.LOGS);
        var webTail = session.lastTail();
        webTail.emit(Fixtures.lines(30, 0));
        d.logs().setSince(java.time.Duration.ofHours(3));
        assertThat(d.logs().lines()).isEmpty();
        session.lastTail().emit(Fixtures.lines(30, 0));
        assertThat(d.logs().lines()).hasSize(30);

        d.show(WORKER, null);
        assertThat(session.tails()).allSatisfy(t -> {
            if (t.query().service().equals("web")) {
                assertThat(t.closed()).isTrue();
            }
        });
        assertThat(session.lastTail().query().service()).isEqualTo("worker");
        assertThat(d.logs().lines()).as("web's lines are gone").isEmpty();
        assertThat(d.logs().sinceProperty().get()).as("the new service's default window").isEqualTo(
                dev.berth.core.logs.LogQuery.service("prod", "worker").since());
        List<LogLine> late = Fixtures.lines(5, 0);
        webTail.emit(late);
        assertThat(d.logs().lines()).as("a closed tail's lines do not land").isEmpty();
    }

    @Test
    void aHiddenLogTabLetsTheLastServicesLinesGo() {
        DetailViewModel d = detail(WEB);
        d.show(DetailTab.LOGS);
        session.lastTail().emit(Fixtures.lines(500, 0));
        d.show(DetailTab.OVERVIEW);
        assertThat(d.logs().lines()).as("kept while only hidden").hasSize(500);
        d.show(WORKER, null);
        assertThat(d.logs().lines()).isEmpty();
        assertThat(session.tails()).allSatisfy(t -> assertThat(t.closed()).isTrue());
    }

    @Test
    void revealedSecretsHideAgainForTheNextService() {
        DetailViewModel d = detail(WEB);
        d.show(DetailTab.STORAGE);
        assertThat(d.storage().maskableProperty().get()).isTrue();
        d.storage().revealedProperty().set(true);
        d.show(WORKER, null);
        assertThat(d.storage().revealedProperty().get()).isFalse();
    }

    @Test
    void aTaskCannotBeShownByAServicesDetail() {
        DetailViewModel d = detail(WEB);
        Target task = new Target.TaskTarget("prod", "web", "a1b2c3d4e5f60718", null);
        assertThat(d.canShow(task)).isFalse();
        assertThat(d.canShow(WORKER)).isTrue();
        assertThat(detail(task).canShow(new Target.TaskTarget("prod", "worker", "9f8e7d6c5b4a3921", null))).isTrue();
    }

    @Test
    void disposingStopsEverySlice() {
        DetailViewModel d = detail(WEB);
        d.show(DetailTab.TASKS);
        d.show(DetailTab.OVERVIEW);
        d.dispose();
        for (String key : List.of("service/prod/web", "tasks/prod/web", "alarms/prod/web", "scaling/prod/web")) {
            assertThat(session.watched(key)).as(key).isFalse();
        }
    }
}
