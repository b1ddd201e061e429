package dev.berth.core.slices;

import dev.berth.core.watch.Poller;
import dev.berth.core.watch.PollStep;
import dev.berth.core.watch.Snapshot;
import dev.berth.core.watch.Boosts;
import dev.berth.core.watch.VisibleRows;
import dev.berth.core.config.Pacing;
import dev.berth.core.metrics.MetricsReader;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.ScalableTarget;
import dev.berth.core.model.ScalingActivity;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceDeployment;
import dev.berth.core.model.ServiceMetrics;
import dev.berth.core.model.ServiceRow;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.core.sources.EcsSource;
import dev.berth.core.sources.ScalingSource;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.subjects.PublishSubject;
import io.reactivex.rxjava3.subjects.Subject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Every slice of one session, created on first request and shared from then on: the same key
 * answers the same {@link Observable}, so two views of one slice cause one poll. Pacing comes from
 * config: rows on screen and single-resource views at the visible pace, lists and rows off screen
 * at the background pace, services an action touched at the after-change pace.
 */
public final class Watchers {
    /** Cluster-wide task lists re-describe running tasks this many background intervals apart. */
    private static final int CLUSTER_TASK_REVISIT = 10;
    private static final Duration INSIGHTS_MEMORY = Duration.ofMinutes(10);

    private final EcsSource ecs;
    private final ScalingSource scaling;
    private final MetricsReader metrics;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Pacing pacing;
    private final Duration stoppedLookback;
    private final VisibleRows visible = new VisibleRows();
    private final Boosts boosts;
    private final Subject<Object> refreshes = PublishSubject.create().toSerialized();
    private final Map<String, Observable<?>> slices = new ConcurrentHashMap<>();
    private final Map<String, Insights> insights = new ConcurrentHashMap<>();

    private record Insights(boolean on, Instant at) {
    }

    public Watchers(EcsSource ecs, ScalingSource scaling, MetricsReader metrics, Scheduler scheduler, Clock clock,
                    Pacing pacing, Duration stoppedLookback) {
        this.ecs = ecs;
        this.scaling = scaling;
        this.metrics = metrics;
        this.scheduler = scheduler;
        this.clock = clock;
        this.pacing = pacing;
        this.stoppedLookback = stoppedLookback;
        this.boosts = new Boosts(clock);
    }

    public Boosts boosts() {
        return boosts;
    }

    public Pacing pacing() {
        return pacing;
    }

    /** Re-poll every watched slice now (the services lists re-list and re-describe their visible rows). */
    public void refresh() {
        refreshes.onNext(Boolean.TRUE);
    }

    public void visible(String cluster, Collection<String> services) {
        visible.set(cluster, services);
    }

    public Observable<Snapshot<List<Cluster>>> clusters() {
        return slice("clusters", (prev, partial) -> ecs.clusters(), pacing::background);
    }

    public Observable<Snapshot<List<ServiceRow>>> services(String cluster) {
        return cached("services/" + cluster, () -> {
            ServiceRows rows = new ServiceRows(ecs, cluster, () -> visible.of(cluster),
                    () -> boosts.active(cluster, null) ? pacing.afterChange() : pacing.visible(),
                    pacing.background(), clock);
            Observable<Object> nudges = Observable.merge(
                    refreshes.doOnNext(x -> rows.force()),
                    visible.changes().filter(cluster::equals),
                    touched(cluster, null));
            return Poller.slice("the services of " + cluster, rows, () -> fastOr(cluster, null, pacing.visible()),
                    nudges, scheduler, clock, pacing.linger());
        });
    }

    public Observable<Snapshot<Service>> service(String cluster, String service) {
        return touchedSlice("service/" + cluster + "/" + service, cluster, service,
                (prev, partial) -> ecs.service(cluster, service));
    }

    public Observable<Snapshot<List<Task>>> tasks(String cluster, String service) {
        if (service == null) {
            Duration revisit = pacing.background().multipliedBy(CLUSTER_TASK_REVISIT);
            return cached("tasks/" + cluster, () -> Poller.slice("the tasks of " + cluster,
                    new TaskList(ecs, cluster, null, revisit, stoppedLookback, clock),
                    () -> fastOr(cluster, null, pacing.background()), Observable.merge(refreshes, touched(cluster, null)),
                    scheduler, clock, pacing.linger()));
        }
        return touchedSlice("tasks/" + cluster + "/" + service, cluster, service,
                new TaskList(ecs, cluster, service, Duration.ZERO, stoppedLookback, clock));
    }

    public Observable<Snapshot<List<ContainerInstance>>> containerInstances(String cluster) {
        return slice("instances/" + cluster, (prev, partial) -> ecs.containerInstances(cluster), pacing::background);
    }

    public Observable<Snapshot<List<ServiceDeployment>>> deployments(String cluster, String service) {
        return touchedSlice("deployments/" + cluster + "/" + service, cluster, service,
                (prev, partial) -> ecs.serviceDeployments(cluster, service));
    }

    public Observable<Snapshot<List<String>>> families() {
        return slice("families", (prev, partial) -> ecs.families(), pacing::background);
    }

    public Observable<Snapshot<List<TaskDefinitionRef>>> revisions(String family) {
        return slice("revisions/" + family, (prev, partial) -> ecs.revisions(family), pacing::background);
    }

    public Observable<Snapshot<ScalableTarget>> scaling(String cluster, String service) {
        return touchedSlice("scaling/" + cluster + "/" + service, cluster, service,
                (prev, partial) -> scaling.target(cluster, service));
    }

    public Observable<Snapshot<List<ScalingActivity>>> scalingActivities(String cluster, String service) {
        return slice("scaling-activities/" + cluster + "/" + service,
                (prev, partial) -> scaling.activities(cluster, service), pacing::visible);
    }

    /** Metrics of the cluster and the given services; one slice per distinct (cluster, services, window). */
    public Observable<Snapshot<List<ServiceMetrics>>> metrics(String cluster, Collection<String> services, Duration window) {
        List<String> sorted = services.stream().distinct().sorted().toList();
        return slice("metrics/" + cluster + "/" + window + "/" + String.join(",", sorted),
                (prev, partial) -> metrics.read(cluster, sorted, window, insights(cluster), clock.instant()),
                pacing::metrics);
    }

    private boolean insights(String cluster) {
        Insights known = insights.get(cluster);
        if (known == null || clock.instant().isAfter(known.at.plus(INSIGHTS_MEMORY))) {
            known = new Insights(ecs.cluster(cluster).containerInsights(), clock.instant());
            insights.put(cluster, known);
        }
        return known.on;
    }

    /**
     * A slice of another kind (load balancers, Cloud Map, alarms), shared by key, refreshed with the
     * rest, polled every {@code interval}.
     */
    public <T> Observable<Snapshot<T>> custom(String key, PollStep<T> step, Supplier<Duration> interval) {
        return slice(key, step, interval);
    }

    private Duration fastOr(String cluster, String service, Duration normal) {
        return boosts.active(cluster, service) ? pacing.afterChange() : normal;
    }

    private Observable<String> touched(String cluster, String service) {
        return boosts.started().filter(k -> Boosts.concerns(k, cluster, service));
    }

    /** A slice about one service: visible pace, after-change pace while boosted, polled at once when a boost starts. */
    private <T> Observable<Snapshot<T>> touchedSlice(String key, String cluster, String service, PollStep<T> step) {
        return cached(key, () -> Poller.slice(key, step, () -> fastOr(cluster, service, pacing.visible()),
                Observable.merge(refreshes, touched(cluster, service)), scheduler, clock, pacing.linger()));
    }

    private <T> Observable<Snapshot<T>> slice(String key, PollStep<T> step, Supplier<Duration> interval) {
        return cached(key, () -> Poller.slice(key, step, interval, refreshes, scheduler, clock, pacing.linger()));
    }

    @SuppressWarnings("unchecked")
    private <T> Observable<Snapshot<T>> cached(String key, Supplier<Observable<Snapshot<T>>> create) {
        return (Observable<Snapshot<T>>) slices.computeIfAbsent(key, k -> create.get());
    }
}
