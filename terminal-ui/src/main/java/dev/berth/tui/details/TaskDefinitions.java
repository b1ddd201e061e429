package dev.berth.tui.details;

import dev.berth.core.BerthException;
import dev.berth.core.Session;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.watch.Problem;
import dev.berth.core.watch.Snapshot;
import io.reactivex.rxjava3.core.Observable;
import java.time.Instant;

/** A task definition as a slice: fetched once per ARN (a revision never changes), a failure as a problem. */
final class TaskDefinitions {
    private TaskDefinitions() {
    }

    /**
     * The definition named by the latest ARN ({@code ""}: none, a snapshot with no value and no
     * problem), starting as loading.
     */
    static Observable<Snapshot<TaskDefinition>> of(Session session, Observable<String> arns) {
        return arns.distinctUntilChanged()
                .switchMap(arn -> arn.isEmpty()
                        ? Observable.just(Snapshot.<TaskDefinition>of(null, Instant.now()))
                        : session.taskDefinition(arn).map(td -> Snapshot.of(td, Instant.now())).toObservable()
                                .onErrorReturn(e -> new Snapshot<>(null, null, new Problem(
                                        e instanceof BerthException b ? b.kind() : Problem.Kind.OTHER,
                                        "task definition " + arn.substring(arn.lastIndexOf('/') + 1) + ": "
                                                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                                        Instant.now()), false)))
                .startWithItem(Snapshot.loading());
    }
}
