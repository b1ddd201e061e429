package dev.berth.core.actions;

import dev.berth.core.model.Deployment;
import dev.berth.core.model.Service;
import dev.berth.core.watch.Snapshot;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Follows a change on the service's own slice (no extra calls): progress while the deployment
 * rolls, Settled when it is COMPLETED and the service is steady (one deployment, running equals
 * desired, as the ServicesStable waiter checks), Failed when it is FAILED (circuit breaker), when
 * ECS replaced it, or when it does not settle in time.
 */
final class RolloutTracker {
    private RolloutTracker() {
    }

    /**
     * @param deploymentId the deployment the change started, or null for a scale (then steadiness is all)
     * @param revision     the revision that deployment rolls out ({@code family:revision}), for messages
     */
    static Observable<ActionEvent> follow(Observable<Snapshot<Service>> service, String deploymentId, String revision,
                                          Duration timeout, Scheduler scheduler, Clock clock) {
        // The shared slice replays what it fetched before the change; only later fetches tell.
        java.time.Instant submitted = clock.instant();
        Observable<ActionEvent> states = service
                .filter(s -> s.hasValue() && !s.fetchedAt().isBefore(submitted))
                .map(s -> classify(s.value(), deploymentId, revision, clock))
                .distinctUntilChanged(RolloutTracker::sameState);
        Observable<ActionEvent> tooLong = Observable.timer(timeout.toMillis(), TimeUnit.MILLISECONDS, scheduler)
                .map(x -> new ActionEvent.Failed(clock.instant(),
                        "the rollout did not settle within " + timeout.toMinutes() + " min; it may still finish"));
        // Whichever comes first ends it: a terminal state, or the timeout.
        return states.mergeWith(tooLong).takeUntil(e -> !(e instanceof ActionEvent.Progress));
    }

    static ActionEvent classify(Service s, String deploymentId, String revision, Clock clock) {
        Deployment primary = s.primaryDeployment();
        if (deploymentId == null) {
            return s.steady()
                    ? new ActionEvent.Settled(clock.instant(), s.name() + " is steady: " + s.runningCount() + " running")
                    : progress(s, primary, clock);
        }
        Deployment ours = s.deployments().stream().filter(d -> deploymentId.equals(d.id())).findFirst().orElse(null);
        if (ours == null) {
            // Gone between two polls: ECS replaced it, usually the circuit breaker rolling back.
            String why = s.events().stream().filter(e -> e.message().contains(deploymentId)).findFirst()
                    .map(e -> " (" + e.message() + ")").orElse("");
            return new ActionEvent.Failed(clock.instant(), "the rollout of " + revision + " did not complete" + why
                    + (primary == null ? "" : "; ECS replaced it with " + primary.id() + " running " + primary.revision()));
        }
        if ("FAILED".equals(ours.rolloutState())) {
            return new ActionEvent.Failed(clock.instant(), "the rollout of " + ours.revision() + " failed"
                    + (ours.rolloutStateReason() == null ? "" : ": " + ours.rolloutStateReason()));
        }
        boolean done = ours.rolloutState() == null ? s.steady() && ours == primary
                : "COMPLETED".equals(ours.rolloutState()) && s.steady();
        if (done) {
            return new ActionEvent.Settled(clock.instant(), s.name() + " runs " + ours.revision() + ": "
                    + s.runningCount() + " of " + s.desiredCount() + " tasks, rollout completed");
        }
        return progress(s, ours, clock);
    }

    private static ActionEvent progress(Service s, Deployment d, Clock clock) {
        int running = d == null ? s.runningCount() : d.runningCount();
        int desired = d == null ? s.desiredCount() : d.desiredCount();
        String message = (d == null ? "" : d.revision() + ": ") + running + " of " + desired + " running"
                + (d == null ? "" : ", " + d.pendingCount() + " pending" + (d.failedTasks() > 0 ? ", " + d.failedTasks() + " failed" : ""))
                + (s.deployments().size() > 1 ? ", " + (s.deployments().size() - 1) + " old deployment(s) draining" : "");
        return new ActionEvent.Progress(clock.instant(), d, running, desired, message);
    }

    private static boolean sameState(ActionEvent a, ActionEvent b) {
        if (a instanceof ActionEvent.Progress p && b instanceof ActionEvent.Progress q) {
            return Objects.equals(p.message(), q.message());
        }
        return false;
    }
}
