package dev.berth.desktop.detail;

import dev.berth.core.Session;
import dev.berth.core.model.Service;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.core.model.TaskSet;
import dev.berth.core.watch.Problem;
import dev.berth.core.watch.Snapshot;
import dev.berth.desktop.fx.Errors;
import io.reactivex.rxjava3.core.Observable;
import java.time.Clock;

/** Task definitions as slices for the detail tabs that read them (network mode, volumes, roles, secrets). */
public final class Definitions {
    private Definitions() {
    }

    /**
     * The definition of the latest ARN, read once per ARN (a revision never changes); a failed read
     * becomes a snapshot problem.
     */
    public static Observable<Snapshot<TaskDefinition>> of(Session session, Observable<String> arns, Clock clock) {
        return arns.distinctUntilChanged().switchMap(arn -> session.taskDefinition(arn).toObservable()
                .map(td -> Snapshot.of(td, clock.instant()))
                .onErrorReturn(e -> new Snapshot<>(null, null, new Problem(Problem.Kind.OTHER, "Cannot read task definition "
                        + TaskDefinitionRef.familyRevision(arn) + ": " + Errors.oneLine(e), clock.instant()), false)));
    }

    /**
     * The revision a service runs: its own, or for a blue/green service (whose task sets each run
     * one) the primary task set's; null when neither is known yet.
     */
    public static String currentArn(Service s) {
        if (s.taskDefinitionArn() != null) {
            return s.taskDefinitionArn();
        }
        TaskSet primary = s.primaryTaskSet();
        return primary == null ? null : primary.taskDefinitionArn();
    }
}
