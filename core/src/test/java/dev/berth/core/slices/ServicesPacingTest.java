package dev.berth.core.slices;

import dev.berth.core.watch.Snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.config.Pacing;
import dev.berth.core.metrics.MetricsReader;
import dev.berth.core.model.ServiceRow;
import dev.berth.core.sources.EcsSource;
import dev.berth.core.testing.FakeEcs;
import dev.berth.core.testing.SchedulerClock;
import dev.berth.core.testing.TestContexts;
import io.reactivex.rxjava3.observers.TestObserver;
import io.reactivex.rxjava3.schedulers.TestScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ServicesPacingTest {
    private final TestScheduler scheduler = new TestScheduler();
    private final SchedulerClock clock = new SchedulerClock(scheduler, Instant.parse("2025-01-01T00:00:00Z"));
    private final FakeEcs ecs = new FakeEcs();
    private final Pacing pacing = new Pacing(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(1),
            Duration.ofMinutes(20), Duration.ofSeconds(10), Duration.ofSeconds(60));
    private final Watchers watchers = new Watchers(new EcsSource(TestContexts.withEcs(ecs, clock)), null,
            new MetricsReader((q, s, e) -> List.of()), scheduler, clock, pacing, Duration.ofHours(1));

    private static List<String> names(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> String.format("svc-%04d", i)).toList();
    }

    private List<String> describedInOrder() {
        return ecs.calls().stream().filter(c -> c.operation().equals("DescribeServices"))
                .flatMap(c -> c.items().stream()).toList();
    }

    @Test
    void aBigClusterListsNamesFirstThenDescribesTheVisibleRowsThenTheRest() {
        ecs.withServices("big", "svc", 2000, 2, 2);
        watchers.visible("big", names(1000, 1020));
        TestObserver<?> viewer = watchers.services("big").test();
        scheduler.triggerActions();

        assertThat(ecs.count("ListServices")).isEqualTo(20);
        List<String> described = describedInOrder();
        assertThat(described).hasSize(2000).doesNotHaveDuplicates();
        assertThat(described.subList(0, 20)).containsExactlyElementsOf(names(1000, 1020));
        assertThat(ecs.calls().stream().filter(c -> c.operation().equals("DescribeServices")))
                .allSatisfy(c -> assertThat(c.items()).hasSize(10));

        @SuppressWarnings("unchecked")
        List<Snapshot<List<ServiceRow>>> seen = (List<Snapshot<List<ServiceRow>>>) (List<?>) viewer.values();
        Snapshot<List<ServiceRow>> namesOnly = seen.get(1);
        assertThat(namesOnly.value()).hasSize(2000).noneMatch(ServiceRow::described);
        Snapshot<List<ServiceRow>> visibleDone = seen.get(3);
        assertThat(visibleDone.value().stream().filter(ServiceRow::described).map(ServiceRow::name))
                .containsExactlyElementsOf(names(1000, 1020));
        assertThat(seen.get(seen.size() - 1).value()).hasSize(2000).allMatch(ServiceRow::described);
    }

    @Test
    void visibleRowsArePolledMoreOftenThanTheRestAndAnUnchangedViewCostsTheMinimumBatches() {
        ecs.withServices("c", "svc", 200, 1, 1);
        watchers.visible("c", names(0, 25));
        watchers.services("c").test();
        scheduler.triggerActions();
        ecs.clearCalls();

        scheduler.advanceTimeBy(5, TimeUnit.SECONDS);
        assertThat(ecs.calls()).extracting(FakeEcs.Call::operation).containsExactly(
                "DescribeServices", "DescribeServices", "DescribeServices");
        assertThat(describedInOrder()).containsExactlyElementsOf(names(0, 25));

        ecs.clearCalls();
        scheduler.advanceTimeBy(25, TimeUnit.SECONDS);
        assertThat(ecs.count("ListServices")).as("names re-listed at the background pace").isEqualTo(2);
        assertThat(describedInOrder()).as("rows off screen re-described at the background pace")
                .containsAll(names(25, 200));
    }

    @Test
    void offScreenRowsOfABigClusterShareASmallCallBudget() {
        ecs.withServices("big", "svc", 2000, 1, 1);
        watchers.visible("big", names(0, 20));
        watchers.services("big").test();
        scheduler.triggerActions();
        ecs.clearCalls();

        scheduler.advanceTimeBy(10, TimeUnit.MINUTES);
        List<String> offScreen = describedInOrder().stream().filter(n -> !names(0, 20).contains(n)).toList();
        assertThat(offScreen).as("every row is still re-read now and then").containsAll(names(20, 2000));
        assertThat(offScreen.size() / 10).as("off-screen describe calls in 10 minutes, at most one a second")
                .isLessThanOrEqualTo(600);
        assertThat(describedInOrder().stream().filter(names(0, 20)::contains).count())
                .as("visible rows keep their pace").isGreaterThanOrEqualTo(20 * 100);
    }

    @Test
    void rowsScrolledOntoTheScreenAreDescribedAtOnce() {
        ecs.withServices("c", "svc", 100, 1, 1);
        watchers.visible("c", names(0, 10));
        watchers.services("c").test();
        scheduler.triggerActions();
        ecs.clearCalls();

        watchers.visible("c", names(50, 60));
        scheduler.triggerActions();
        assertThat(describedInOrder()).as("already described, but newly visible rows are due now")
                .isEmpty();
        watchers.visible("c", names(50, 62));
        scheduler.advanceTimeBy(5, TimeUnit.SECONDS);
        assertThat(describedInOrder()).startsWith(names(50, 60).toArray(String[]::new));
    }

    @Test
    void manualRefreshReListsAndReDescribesOnlyTheVisibleRows() {
        ecs.withServices("c", "svc", 150, 1, 1);
        watchers.visible("c", names(0, 20));
        watchers.services("c").test();
        scheduler.triggerActions();
        ecs.clearCalls();

        watchers.refresh();
        scheduler.triggerActions();
        assertThat(ecs.count("ListServices")).isEqualTo(2);
        assertThat(describedInOrder()).containsExactlyElementsOf(names(0, 20));
    }

    @Test
    void aChangedServiceIsPolledAtTheFastPaceUntilTheBoostEnds() {
        ecs.withServices("c", "svc", 5, 1, 1);
        watchers.service("c", "svc-0001").test();
        scheduler.triggerActions();
        ecs.clearCalls();

        watchers.boosts().boost("c", "svc-0001", clock.instant().plusSeconds(60));
        scheduler.advanceTimeBy(5, TimeUnit.SECONDS);
        assertThat(ecs.count("DescribeServices")).as("after-change pace 1 s, then 1 s polls").isGreaterThanOrEqualTo(5);

        watchers.boosts().end("c", "svc-0001");
        scheduler.advanceTimeBy(1, TimeUnit.SECONDS);
        ecs.clearCalls();
        scheduler.advanceTimeBy(10, TimeUnit.SECONDS);
        assertThat(ecs.count("DescribeServices")).as("back to the visible pace").isEqualTo(2);
    }

    @Test
    void deletedServicesLeaveTheList() {
        ecs.withServices("c", "svc", 12, 1, 1);
        TestObserver<Snapshot<List<ServiceRow>>> viewer = watchers.services("c").test();
        scheduler.triggerActions();
        ecs.removeService("c", "svc-0003");
        watchers.refresh();
        scheduler.triggerActions();
        List<ServiceRow> rows = viewer.values().get(viewer.values().size() - 1).value();
        assertThat(rows).hasSize(11).extracting(ServiceRow::name).doesNotContain("svc-0003");
    }

    @Test
    void anUnchangedPollSendsTheSameListOnceAndAChangeSendsANewOne() {
        ecs.withServices("c", "svc", 100, 1, 1);
        watchers.visible("c", names(0, 30));
        TestObserver<Snapshot<List<ServiceRow>>> viewer = watchers.services("c").test();
        scheduler.triggerActions();
        List<ServiceRow> settled = viewer.values().get(viewer.values().size() - 1).value();
        int before = viewer.values().size();

        scheduler.advanceTimeBy(5, TimeUnit.SECONDS);
        assertThat(ecs.count("DescribeServices")).as("the visible rows were re-described").isGreaterThan(10);
        assertThat(viewer.values()).as("no partial lists for batches that changed nothing, one list at the end")
                .hasSize(before + 1);
        assertThat(viewer.values().get(before).value()).as("unchanged: the same list").isSameAs(settled);

        ecs.putService("c", "svc-0005", 3, 1);
        scheduler.advanceTimeBy(5, TimeUnit.SECONDS);
        List<ServiceRow> changed = viewer.values().get(viewer.values().size() - 1).value();
        assertThat(changed).isNotSameAs(settled).hasSize(100);
        assertThat(changed.stream().filter(r -> r.name().equals("svc-0005")).findFirst().orElseThrow().service().desiredCount())
                .isEqualTo(3);
    }
}
