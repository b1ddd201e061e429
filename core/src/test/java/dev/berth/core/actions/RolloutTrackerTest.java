package dev.berth.core.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.model.Deployment;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.testing.SchedulerClock;
import dev.berth.core.watch.Snapshot;
import io.reactivex.rxjava3.observers.TestObserver;
import io.reactivex.rxjava3.schedulers.TestScheduler;
import io.reactivex.rxjava3.subjects.BehaviorSubject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RolloutTrackerTest {
    private static final String TD = "arn:aws:ecs:us-east-1:123456789012:task-definition/web:";
    private final TestScheduler scheduler = new TestScheduler();
    private final SchedulerClock clock = new SchedulerClock(scheduler, Instant.parse("2025-03-01T12:00:00Z"));
    private final BehaviorSubject<Snapshot<Service>> slice = BehaviorSubject.create();

    private static Deployment deployment(String id, String status, int rev, int running, String rollout, String reason) {
        return new Deployment(id, status, TD + rev, 2, running, 2 - running, 0, rollout, reason, null, null);
    }

    private static Service service(int running, List<Deployment> deployments, List<ServiceEvent> events) {
        return new Service("arn:svc/web", "web", "arn:cluster/prod", "ACTIVE", 2, running, 0, TD + 2, "FARGATE",
                null, null, deployments, events, null, null, null, "ECS", null, null);
    }

    private void show(Service s) {
        slice.onNext(Snapshot.of(s, clock.instant()));
    }

    /** Starts following a second after the slice's last poll, as after a real call. */
    private TestObserver<ActionEvent> follow(String deploymentId) {
        scheduler.advanceTimeBy(1, TimeUnit.SECONDS);
        return RolloutTracker.follow(slice, deploymentId, "web:2", Duration.ofMinutes(10), scheduler, clock).test();
    }

    @Test
    void progressThenSettledWhenTheDeploymentCompletesAndTheServiceIsSteady() {
        show(service(2, List.of(deployment("old", "PRIMARY", 1, 2, "COMPLETED", null)), List.of()));
        TestObserver<ActionEvent> events = follow("new");
        assertThat(events.values()).as("snapshots from before the change are ignored").isEmpty();

        show(service(2, List.of(deployment("new", "PRIMARY", 2, 0, "IN_PROGRESS", null),
                deployment("old", "ACTIVE", 1, 2, "COMPLETED", null)), List.of()));
        show(service(2, List.of(deployment("new", "PRIMARY", 2, 0, "IN_PROGRESS", null),
                deployment("old", "ACTIVE", 1, 2, "COMPLETED", null)), List.of()));
        show(service(3, List.of(deployment("new", "PRIMARY", 2, 1, "IN_PROGRESS", null),
                deployment("old", "ACTIVE", 1, 2, "COMPLETED", null)), List.of()));
        show(service(2, List.of(deployment("new", "PRIMARY", 2, 2, "COMPLETED", null)), List.of()));

        assertThat(events.values()).hasSize(3);
        assertThat(events.values().get(0)).isInstanceOfSatisfying(ActionEvent.Progress.class,
                p -> assertThat(p.message()).isEqualTo("web:2: 0 of 2 running, 2 pending, 1 old deployment(s) draining"));
        assertThat(events.values().get(1)).isInstanceOfSatisfying(ActionEvent.Progress.class, p -> assertThat(p.running()).isEqualTo(1));
        assertThat(events.values().get(2)).isInstanceOf(ActionEvent.Settled.class);
        events.assertComplete();
    }

    @Test
    void aFailedRolloutFailsWithItsReason() {
        TestObserver<ActionEvent> events = follow("new");
        show(service(2, List.of(deployment("new", "PRIMARY", 2, 0, "FAILED", "ECS deployment circuit breaker: tasks failed to start."),
                deployment("old", "ACTIVE", 1, 2, "COMPLETED", null)), List.of()));
        assertThat(events.values()).singleElement().isInstanceOfSatisfying(ActionEvent.Failed.class,
                f -> assertThat(f.message()).isEqualTo("the rollout of web:2 failed: ECS deployment circuit breaker: tasks failed to start."));
        events.assertComplete();
    }

    @Test
    void aDeploymentReplacedBetweenPollsIsAFailureThatSaysWhy() {
        TestObserver<ActionEvent> events = follow("new");
        show(service(2, List.of(deployment("rollback", "PRIMARY", 1, 2, "COMPLETED", null)),
                List.of(new ServiceEvent("e1", clock.instant(), "(service web) (deployment new) deployment failed: tasks failed to start."))));
        assertThat(events.values()).singleElement().isInstanceOfSatisfying(ActionEvent.Failed.class,
                f -> assertThat(f.message()).contains("web:2 did not complete").contains("deployment failed")
                        .contains("replaced it with rollback running web:1"));
    }

    @Test
    void aScaleSettlesWhenRunningEqualsDesired() {
        TestObserver<ActionEvent> events = follow(null);
        show(service(1, List.of(deployment("d", "PRIMARY", 2, 1, "COMPLETED", null)), List.of()));
        show(service(2, List.of(deployment("d", "PRIMARY", 2, 2, "COMPLETED", null)), List.of()));
        assertThat(events.values()).hasSize(2).last().isInstanceOf(ActionEvent.Settled.class);
    }

    @Test
    void aRolloutThatNeverSettlesTimesOut() {
        TestObserver<ActionEvent> events = follow("new");
        show(service(2, List.of(deployment("new", "PRIMARY", 2, 0, "IN_PROGRESS", null)), List.of()));
        scheduler.advanceTimeBy(10, TimeUnit.MINUTES);
        assertThat(events.values()).last().isInstanceOfSatisfying(ActionEvent.Failed.class,
                f -> assertThat(f.message()).contains("did not settle within 10 min"));
        events.assertComplete();
    }
}
