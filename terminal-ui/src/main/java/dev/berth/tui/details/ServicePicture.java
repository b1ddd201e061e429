package dev.berth.tui.details;

import dev.berth.core.Session;
import dev.berth.core.model.Alarm;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.CostEstimate;
import dev.berth.core.model.Discovery;
import dev.berth.core.model.LoadBalancing;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceMetrics;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.watch.Snapshot;
import io.reactivex.rxjava3.core.Observable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Everything Berth knows about one service, each part as its slice last reported it (a part may
 * still be loading, or carry a problem): the service, its tasks and task definition, load
 * balancing, discovery, alarms, cost, the last hour of metrics and its cluster (whether Container
 * Insights is on).
 */
public record ServicePicture(String clusterName, String name, Snapshot<Service> service, Snapshot<List<Task>> tasks,
                             Snapshot<TaskDefinition> taskDefinition, Snapshot<LoadBalancing> loadBalancing,
                             Snapshot<Discovery> discovery, Snapshot<List<Alarm>> alarms, Snapshot<CostEstimate> cost,
                             Snapshot<ServiceMetrics> metrics, Snapshot<Cluster> cluster) {
    /** The metrics window the details show. */
    public static final Duration METRICS_WINDOW = Duration.ofHours(1);

    /** The picture now and whenever a part of it changes; every part starts as loading. */
    @SuppressWarnings("unchecked")
    public static Observable<ServicePicture> watch(Session session, String cluster, String service) {
        Observable<Snapshot<Service>> svc = loading(session.service(cluster, service));
        List<Observable<? extends Snapshot<?>>> parts = List.of(
                svc,
                loading(session.tasks(cluster, service)),
                TaskDefinitions.of(session, svc.filter(Snapshot::hasValue).map(s -> Objects.toString(definitionArn(s.value()), ""))),
                loading(session.loadBalancing(cluster, service)),
                loading(session.discovery(cluster, service)),
                loading(session.alarms(cluster, service)),
                loading(session.cost(cluster, service)),
                loading(session.metrics(cluster, List.of(service), METRICS_WINDOW)
                        .map(s -> s.map(all -> all.stream().filter(m -> service.equals(m.service())).findFirst()
                                .orElse(new ServiceMetrics(cluster, service, List.of(), List.of()))))),
                loading(session.clusters().map(s -> s.map(all -> all.stream()
                        .filter(c -> c.name().equals(cluster) || c.arn().equals(cluster)).findFirst().orElse(null)))));
        return Observable.combineLatest(parts, a -> new ServicePicture(cluster, service,
                (Snapshot<Service>) a[0], (Snapshot<List<Task>>) a[1], (Snapshot<TaskDefinition>) a[2],
                (Snapshot<LoadBalancing>) a[3], (Snapshot<Discovery>) a[4], (Snapshot<List<Alarm>>) a[5],
                (Snapshot<CostEstimate>) a[6], (Snapshot<ServiceMetrics>) a[7], (Snapshot<Cluster>) a[8]));
    }

    /** The service's task definition; a blue/green service names none itself, its primary task set does. */
    public static String definitionArn(Service s) {
        if (s.taskDefinitionArn() != null) {
            return s.taskDefinitionArn();
        }
        return s.primaryTaskSet() == null ? null : s.primaryTaskSet().taskDefinitionArn();
    }

    private static <T> Observable<Snapshot<T>> loading(Observable<Snapshot<T>> slice) {
        return slice.startWithItem(Snapshot.loading());
    }

    /** When the oldest part on screen was fetched (the header shows its age), or null before any arrived. */
    public Instant fetchedAt() {
        return Stream.of(service, tasks, loadBalancing, discovery, alarms, cost).map(Snapshot::fetchedAt)
                .filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
    }

    /** The plain values, for {@code -o json}: what is known now, null for parts that have not arrived. */
    public ServiceReport report() {
        return new ServiceReport(service.value(), taskDefinition.value(), tasks.value(), loadBalancing.value(),
                discovery.value(), alarms.value(), cost.value());
    }
}
