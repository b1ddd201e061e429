package dev.berth.core;

import dev.berth.core.actions.Actions;
import dev.berth.core.logs.LogQuery;
import dev.berth.core.logs.LogTail;
import dev.berth.core.model.Alarm;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.ContextInfo;
import dev.berth.core.model.CostEstimate;
import dev.berth.core.model.Discovery;
import dev.berth.core.model.LoadBalancing;
import dev.berth.core.model.ScalableTarget;
import dev.berth.core.model.ScalingActivity;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceDeployment;
import dev.berth.core.model.ServiceMetrics;
import dev.berth.core.model.ServiceRow;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.core.triage.Finding;
import dev.berth.core.watch.Problem;
import dev.berth.core.watch.Snapshot;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Single;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Everything a UI needs from one AWS context (profile + region + endpoint). Slices are shared and
 * paced: two subscribers cause one poll, a slice nobody watches stops polling after a short linger,
 * and every slice emits {@link Snapshot}s on RxJava's io threads (UIs hop to their own thread).
 * Errors become snapshot problems; slice streams never end in error.
 */
public interface Session extends AutoCloseable {
    ContextInfo context();

    /**
     * The context now and whenever it changes: the account id arrives from STS a moment after the
     * first slice is watched (it must not delay the first screen).
     */
    default Observable<ContextInfo> contextUpdates() {
        return Observable.just(context());
    }

    /** Session-wide health: throttling, last problem, request rate. */
    Observable<SessionStatus> status();

    Observable<Snapshot<List<Cluster>>> clusters();

    /** The services of a cluster, names first; rows marked visible are described first and more often. */
    Observable<Snapshot<List<ServiceRow>>> services(String cluster);

    /** Tells the core which services are on screen in this cluster (replaces the previous set). */
    void visible(String cluster, Collection<String> serviceNames);

    /** One service in full: deployments and the last events. */
    Observable<Snapshot<Service>> service(String cluster, String service);

    /** Tasks of a service (or of the cluster when {@code service} is null): running, and stopped in the last hour. */
    Observable<Snapshot<List<Task>>> tasks(String cluster, String service);

    Observable<Snapshot<List<ContainerInstance>>> containerInstances(String cluster);

    Observable<Snapshot<List<ServiceDeployment>>> deployments(String cluster, String service);

    Observable<Snapshot<List<String>>> taskDefinitionFamilies();

    /** Revisions of a family, newest first. */
    Observable<Snapshot<List<TaskDefinitionRef>>> revisions(String family);

    Single<TaskDefinition> taskDefinition(String arnOrFamilyRevision);

    /** The autoscaling target of a service, or a snapshot with a null value when it has none. */
    Observable<Snapshot<ScalableTarget>> scaling(String cluster, String service);

    Observable<Snapshot<List<ScalingActivity>>> scalingActivities(String cluster, String service);

    /**
     * CPU and memory of the given services (and of the cluster itself) over the window, fetched for
     * all of them in as few GetMetricData calls as the API allows.
     */
    Observable<Snapshot<List<ServiceMetrics>>> metrics(String cluster, Collection<String> services, Duration window);

    /**
     * The service's load balancing: its target groups (task sets' included) with health check settings
     * and every target's health beside its task (reason codes for the unhealthy), the load balancers
     * in front, and the service's health check grace period. Empty lists for a service without load
     * balancers.
     */
    default Observable<Snapshot<LoadBalancing>> loadBalancing(String cluster, String service) {
        return unavailable("load balancing");
    }

    /**
     * How other services find the service: its Cloud Map registries (namespace, name, A/SRV records
     * and TTL, instances with their health, and which instances point at no running task) and its
     * Service Connect settings.
     */
    default Observable<Snapshot<Discovery>> discovery(String cluster, String service) {
        return unavailable("service discovery");
    }

    /**
     * CloudWatch alarms on the service's metrics (dimensions ClusterName and ServiceName) with their
     * state, or on any metric of the cluster when {@code service} is null.
     */
    default Observable<Snapshot<List<Alarm>>> alarms(String cluster, String service) {
        return unavailable("alarms");
    }

    /**
     * The service's monthly cost estimate (task size × running tasks × the region's public Fargate
     * price, Spot tasks at the Spot price, from a dated table) and a rightsizing hint from the CPU and
     * memory it used of what it reserved over the last 24 hours.
     */
    default Observable<Snapshot<CostEstimate>> cost(String cluster, String service) {
        return unavailable("cost");
    }

    /** What is broken right now in the cluster, or across all clusters when {@code cluster} is null. */
    Observable<Snapshot<List<Finding>>> triage(String cluster);

    /**
     * {@link #triage} once every input has answered at least once (every service described, tasks,
     * metrics, surroundings), or the problem that stops it: for a one-shot answer. Rows are described
     * at the pace of rows on screen only when marked {@link #visible}.
     */
    default Observable<Snapshot<List<Finding>>> settledTriage(String cluster) {
        return triage(cluster);
    }

    LogTail logs(LogQuery query);

    Actions actions();

    /** Re-poll every watched slice now. */
    void refresh();

    @Override
    void close();

    /**
     * What a session that cannot see a slice answers for it (the surroundings came after the first
     * sessions and their fakes): no value, and a problem that says so.
     */
    private static <T> Observable<Snapshot<T>> unavailable(String what) {
        return Observable.just(new Snapshot<>(null, null, new Problem(Problem.Kind.OTHER, what + " is not available in this session",
                Instant.now()), false));
    }
}
