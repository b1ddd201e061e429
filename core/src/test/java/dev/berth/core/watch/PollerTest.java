package dev.berth.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.BerthException;
import dev.berth.core.testing.SchedulerClock;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.observers.TestObserver;
import io.reactivex.rxjava3.schedulers.TestScheduler;
import io.reactivex.rxjava3.subjects.PublishSubject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollerTest {
    private final TestScheduler scheduler = new TestScheduler();
    private final SchedulerClock clock = new SchedulerClock(scheduler, Instant.parse("2025-01-01T00:00:00Z"));
    private final AtomicInteger polls = new AtomicInteger();
    private final PublishSubject<Object> nudges = PublishSubject.create();

    private Observable<Snapshot<Integer>> counting(Duration every, Duration linger) {
        return Poller.slice("counter", (prev, partial) -> polls.incrementAndGet(), () -> every, nudges, scheduler,
                clock, linger);
    }

    @Test
    void twoSubscribersCauseOnePollAndBothSeeIt() {
        Observable<Snapshot<Integer>> slice = counting(Duration.ofSeconds(5), Duration.ofSeconds(10));
        TestObserver<Snapshot<Integer>> a = slice.test();
        TestObserver<Snapshot<Integer>> b = slice.test();
        scheduler.triggerActions();
        assertThat(polls).hasValue(1);
        assertThat(a.values()).last().extracting(Snapshot::value).isEqualTo(1);
        assertThat(b.values()).last().extracting(Snapshot::value).isEqualTo(1);

        scheduler.advanceTimeBy(5, TimeUnit.SECONDS);
        assertThat(polls).hasValue(2);
        assertThat(b.values()).last().extracting(Snapshot::value).isEqualTo(2);
    }

    @Test
    void aLateSubscriberGetsTheLatestSnapshotAtOnce() {
        Observable<Snapshot<Integer>> slice = counting(Duration.ofSeconds(5), Duration.ofSeconds(10));
        TestObserver<Snapshot<Integer>> first = slice.test();
        scheduler.advanceTimeBy(6, TimeUnit.SECONDS);
        TestObserver<Snapshot<Integer>> late = slice.test();
        assertThat(late.values()).hasSize(1).first().extracting(Snapshot::value).isEqualTo(2);
        first.dispose();
        late.dispose();
    }

    @Test
    void aSliceNobodyWatchesStopsPollingAfterTheLinger() {
        Observable<Snapshot<Integer>> slice = counting(Duration.ofSeconds(1), Duration.ofSeconds(10));
        TestObserver<Snapshot<Integer>> viewer = slice.test();
        scheduler.advanceTimeBy(3, TimeUnit.SECONDS);
        int beforeLeaving = polls.get();
        viewer.dispose();

        scheduler.advanceTimeBy(9, TimeUnit.SECONDS);
        assertThat(polls.get()).as("still polling during the linger").isGreaterThan(beforeLeaving);
        scheduler.advanceTimeBy(2, TimeUnit.SECONDS);
        int afterLinger = polls.get();
        scheduler.advanceTimeBy(60, TimeUnit.SECONDS);
        assertThat(polls.get()).as("stopped after the linger").isEqualTo(afterLinger);
    }

    @Test
    void comingBackWithinTheLingerKeepsTheSamePollingAlive() {
        Observable<Snapshot<Integer>> slice = counting(Duration.ofSeconds(5), Duration.ofSeconds(10));
        slice.test().dispose();
        scheduler.triggerActions();
        TestObserver<Snapshot<Integer>> back = slice.test();
        scheduler.triggerActions();
        assertThat(polls).as("no second poll loop").hasValue(1);
        assertThat(back.values()).last().extracting(Snapshot::value).isEqualTo(1);
    }

    @Test
    void aRestartedSliceBeginsWithItsLastValue() {
        Observable<Snapshot<Integer>> slice = counting(Duration.ofSeconds(5), Duration.ZERO);
        TestObserver<Snapshot<Integer>> first = slice.test();
        scheduler.triggerActions();
        first.dispose();
        scheduler.advanceTimeBy(1, TimeUnit.MINUTES);

        TestObserver<Snapshot<Integer>> again = slice.test();
        assertThat(again.values()).first().extracting(Snapshot::value).as("old value shown before the new poll").isEqualTo(1);
    }

    @Test
    void aFailedPollKeepsTheOldValueAddsTheProblemAndTheStreamGoesOn() {
        AtomicBoolean failing = new AtomicBoolean();
        Observable<Snapshot<Integer>> slice = Poller.slice("flaky", (prev, partial) -> {
            if (failing.get()) {
                throw new BerthException(Problem.Kind.THROTTLED, "AWS is throttling ecs:ListServices", null);
            }
            return polls.incrementAndGet();
        }, () -> Duration.ofSeconds(5), nudges, scheduler, clock, Duration.ofSeconds(10));
        TestObserver<Snapshot<Integer>> viewer = slice.test();
        scheduler.triggerActions();
        failing.set(true);
        scheduler.advanceTimeBy(5, TimeUnit.SECONDS);

        Snapshot<Integer> failed = viewer.values().get(viewer.values().size() - 1);
        assertThat(failed.value()).isEqualTo(1);
        assertThat(failed.stale()).isTrue();
        assertThat(failed.problem().kind()).isEqualTo(Problem.Kind.THROTTLED);
        assertThat(failed.fetchedAt()).isEqualTo(clock.instant().minusSeconds(5));

        failing.set(false);
        scheduler.advanceTimeBy(5, TimeUnit.SECONDS);
        Snapshot<Integer> recovered = viewer.values().get(viewer.values().size() - 1);
        assertThat(recovered.value()).isEqualTo(2);
        assertThat(recovered.problem()).isNull();
        viewer.assertNoErrors().assertNotComplete();
    }

    @Test
    void unexpectedFailuresBecomeOneLineProblemsToo() {
        Observable<Snapshot<Integer>> slice = Poller.slice("broken", (prev, partial) -> {
            throw new IllegalStateException("boom");
        }, () -> Duration.ofSeconds(5), nudges, scheduler, clock, Duration.ofSeconds(10));
        TestObserver<Snapshot<Integer>> viewer = slice.test();
        scheduler.triggerActions();
        Problem p = viewer.values().get(viewer.values().size() - 1).problem();
        assertThat(p.kind()).isEqualTo(Problem.Kind.OTHER);
        assertThat(p.message()).contains("broken").doesNotContain("\n").doesNotContain("at dev.berth");
        viewer.assertNoErrors();
    }

    @Test
    void aNudgePollsAtOnceInsteadOfWaitingForThePace() {
        Observable<Snapshot<Integer>> slice = counting(Duration.ofSeconds(30), Duration.ofSeconds(10));
        slice.test();
        scheduler.triggerActions();
        nudges.onNext(1);
        scheduler.triggerActions();
        assertThat(polls).hasValue(2);
        scheduler.advanceTimeBy(29, TimeUnit.SECONDS);
        assertThat(polls).as("the pace restarts after the nudged poll").hasValue(2);
        scheduler.advanceTimeBy(1, TimeUnit.SECONDS);
        assertThat(polls).hasValue(3);
    }

    @Test
    void partialValuesReachViewersBeforeThePollEnds() {
        Observable<Snapshot<String>> slice = Poller.slice("steps", (prev, partial) -> {
            partial.accept("names");
            partial.accept("names+visible");
            return "all";
        }, () -> Duration.ofSeconds(5), nudges, scheduler, clock, Duration.ofSeconds(10));
        TestObserver<Snapshot<String>> viewer = slice.test();
        scheduler.triggerActions();
        assertThat(viewer.values()).extracting(Snapshot::value).containsExactly(null, "names", "names+visible", "all");
    }
}
