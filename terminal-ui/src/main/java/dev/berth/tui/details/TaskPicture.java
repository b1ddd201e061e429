package dev.berth.tui.details;

import dev.berth.core.Session;
import dev.berth.core.model.Discovery;
import dev.berth.core.model.LoadBalancing;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.watch.Snapshot;
import io.reactivex.rxjava3.core.Observable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One task with what surrounds it: its task definition (roles, volumes, secrets, environment), and,
 * for a service's task, the load balancer targets and Cloud Map instances that stand for it.
 *
 * @param task the task; no value while loading, or once the service's list (running and stopped in
 *             the last hour) no longer holds it
 */
public record TaskPicture(String cluster, String service, String taskId, Snapshot<Task> task,
                          Snapshot<TaskDefinition> taskDefinition, Snapshot<LoadBalancing> loadBalancing,
                          Snapshot<Discovery> discovery) {

    @SuppressWarnings("unchecked")
    public static Observable<TaskPicture> watch(Session session, String cluster, String service, String taskId) {
        Observable<Snapshot<Task>> task = session.tasks(cluster, service)
                .map(s -> s.map(all -> all.stream().filter(t -> t.id().equals(taskId)).findFirst().orElse(null)))
                .startWithItem(Snapshot.loading())
                .replay(1).refCount();
        Observable<Snapshot<LoadBalancing>> lb = service == null ? none() : session.loadBalancing(cluster, service);
        Observable<Snapshot<Discovery>> discovery = service == null ? none() : session.discovery(cluster, service);
        List<Observable<? extends Snapshot<?>>> parts = List.of(task,
                TaskDefinitions.of(session, task.filter(Snapshot::hasValue).map(s -> Objects.toString(s.value().taskDefinitionArn(), ""))),
                lb.startWithItem(Snapshot.loading()), discovery.startWithItem(Snapshot.loading()));
        return Observable.combineLatest(parts, a -> new TaskPicture(cluster, service, taskId, (Snapshot<Task>) a[0],
                (Snapshot<TaskDefinition>) a[1], (Snapshot<LoadBalancing>) a[2], (Snapshot<Discovery>) a[3]));
    }

    /** A standalone task has no service, so no load balancing or discovery: an empty answer, not a wait. */
    private static <T> Observable<Snapshot<T>> none() {
        return Observable.just(Snapshot.of(null, Instant.now()));
    }

    public Instant fetchedAt() {
        return task.fetchedAt();
    }
}
