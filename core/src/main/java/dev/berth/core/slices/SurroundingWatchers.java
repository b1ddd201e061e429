package dev.berth.core.slices;

import dev.berth.core.cost.CostCalculator;
import dev.berth.core.model.Alarm;
import dev.berth.core.model.CostEstimate;
import dev.berth.core.model.Discovery;
import dev.berth.core.model.DiscoveryRegistry;
import dev.berth.core.model.LoadBalancing;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceMetrics;
import dev.berth.core.model.ServiceRegistryRef;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.sources.AlarmSource;
import dev.berth.core.sources.DiscoverySource;
import dev.berth.core.sources.ElbSource;
import dev.berth.core.watch.Snapshot;
import dev.berth.core.watch.Snapshots;
import io.reactivex.rxjava3.core.Observable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The slices of what surrounds a service: its load balancers and targets, its Cloud Map registries,
 * the alarms on it, and what it costs. Each is made from the service's own slices (service, tasks,
 * metrics) and slices of its own kind (target groups, registries, alarms) polled like the rest:
 * shared by key, lingering, paced (per service at the visible pace, cluster-wide ones for triage at
 * the background pace).
 */
public final class SurroundingWatchers {
    /** The window rightsizing looks at. */
    static final int COST_WINDOW_HOURS = 24;
    /** Triage describes the target groups and registries it watches this many background intervals apart. */
    private static final int STRUCTURE_EVERY_BACKGROUNDS = 10;

    private final Watchers watchers;
    private final ElbSource elb;
    private final DiscoverySource discovery;
    private final AlarmSource alarms;
    private final CostCalculator costs;
    private final Function<String, TaskDefinition> taskDefinitions;
    private final Clock clock;
    private final Map<String, Observable<?>> derived = new ConcurrentHashMap<>();

    public SurroundingWatchers(Watchers watchers, ElbSource elb, DiscoverySource discovery, AlarmSource alarms,
                               CostCalculator costs, Function<String, TaskDefinition> taskDefinitions, Clock clock) {
        this.watchers = watchers;
        this.elb = elb;
        this.discovery = discovery;
        this.alarms = alarms;
        this.costs = costs;
        this.taskDefinitions = taskDefinitions;
        this.clock = clock;
    }

    /** The service's target groups with each target's health beside its task, and the load balancers in front. */
    public Observable<Snapshot<LoadBalancing>> loadBalancing(String cluster, String service) {
        return shared("load-balancing/" + cluster + "/" + service, () -> {
            Observable<Snapshot<Service>> svc = watchers.service(cluster, service);
            Observable<Snapshot<Balancers>> groups = svc.filter(Snapshot::hasValue).map(s -> s.value().targetGroupArns())
                    .distinctUntilChanged()
                    .switchMap(arns -> arns.isEmpty() ? Observable.just(Snapshot.of(Balancers.NONE, clock.instant()))
                            : balancers(arns, true))
                    .startWithItem(Snapshot.loading());
            return Observable.combineLatest(svc, groups, watchers.tasks(cluster, service), (s, g, t) ->
                    Snapshots.combine(s, g, t, (sv, gr, ts) -> new LoadBalancing(cluster, service,
                            sv.healthCheckGracePeriodSeconds(), withTasks(gr.targetGroups(), ts), gr.loadBalancers())));
        });
    }

    /** The service's Cloud Map registries with their instances, which still point at running tasks, and Service Connect. */
    public Observable<Snapshot<Discovery>> discovery(String cluster, String service) {
        return shared("discovery/" + cluster + "/" + service, () -> {
            Observable<Snapshot<Service>> svc = watchers.service(cluster, service);
            Observable<Snapshot<List<DiscoveryRegistry>>> registries = svc.filter(Snapshot::hasValue)
                    .map(s -> s.value().serviceRegistries().stream().map(ServiceRegistryRef::registryArn).distinct().toList())
                    .distinctUntilChanged()
                    .switchMap(arns -> arns.isEmpty() ? Observable.just(Snapshot.of(List.<DiscoveryRegistry>of(), clock.instant()))
                            : registries(arns, true))
                    .startWithItem(Snapshot.loading());
            return Observable.combineLatest(svc, registries, watchers.tasks(cluster, service), (s, r, t) ->
                    Snapshots.combine(s, r, t, (sv, regs, ts) -> new Discovery(cluster, service, regs, liveTaskIds(ts),
                            sv.serviceConnect())));
        });
    }

    /** Every metric alarm of the account and region, one sweep at the background pace. */
    public Observable<Snapshot<List<Alarm>>> alarms() {
        return watchers.custom("alarms", (previous, partial) -> alarms.alarms(), () -> watchers.pacing().background());
    }

    /** The alarms on a service's metrics (ClusterName and ServiceName dimensions), or on any of the cluster's when {@code service} is null. */
    public Observable<Snapshot<List<Alarm>>> alarms(String cluster, String service) {
        return shared("alarms/" + cluster + "/" + service, () -> alarms()
                .map(s -> s.map(all -> all.stream().filter(a -> a.watches(cluster, service)).toList())));
    }

    /** The service's monthly cost estimate and rightsizing hint over the last {@value #COST_WINDOW_HOURS} hours. */
    public Observable<Snapshot<CostEstimate>> cost(String cluster, String service) {
        return shared("cost/" + cluster + "/" + service, () -> {
            Observable<Snapshot<Service>> svc = watchers.service(cluster, service);
            Observable<Snapshot<TaskDefinition>> definition = svc.filter(Snapshot::hasValue)
                    .map(s -> Optional.ofNullable(s.value().taskDefinitionArn()))
                    .filter(Optional::isPresent).map(Optional::get)
                    .distinctUntilChanged()
                    .switchMap(this::taskDefinition)
                    .startWithItem(Snapshot.loading());
            Observable<Snapshot<List<ServiceMetrics>>> metrics = watchers.metrics(cluster, List.of(service),
                    Duration.ofHours(COST_WINDOW_HOURS)).map(SurroundingWatchers::emptyWhenFailed);
            return Observable.combineLatest(svc, definition, watchers.tasks(cluster, service), metrics, (s, d, t, m) ->
                    Snapshots.combine(s, d, t, m, (sv, td, ts, ms) -> costs.estimate(cluster, sv, td, ts,
                            ms.stream().filter(x -> service.equals(x.service())).findFirst().orElse(null), COST_WINDOW_HOURS)));
        });
    }

    /** Target groups by ARN with their targets' health (task ids not matched), at the background pace: for triage. */
    public Observable<Snapshot<List<TargetGroup>>> targetGroups(List<String> arns) {
        return arns.isEmpty() ? Observable.just(Snapshot.of(List.of(), clock.instant()))
                : balancers(arns, false).map(s -> s.map(Balancers::targetGroups));
    }

    /** Cloud Map registries by ARN with their instances, at the background pace: for triage. */
    public Observable<Snapshot<List<DiscoveryRegistry>>> registries(List<String> arns) {
        return arns.isEmpty() ? Observable.just(Snapshot.of(List.of(), clock.instant())) : registries(arns, false);
    }

    private Observable<Snapshot<Balancers>> balancers(List<String> arns, boolean visible) {
        List<String> sorted = arns.stream().sorted().toList();
        return watchers.custom((visible ? "balancers/" : "balancers-bg/") + String.join(",", sorted),
                new TargetGroupsStep(elb, sorted, describeEvery(visible), clock), pace(visible));
    }

    private Observable<Snapshot<List<DiscoveryRegistry>>> registries(List<String> arns, boolean visible) {
        List<String> sorted = arns.stream().sorted().toList();
        return watchers.custom((visible ? "registries/" : "registries-bg/") + String.join(",", sorted),
                new RegistriesStep(discovery, sorted, describeEvery(visible), clock), pace(visible));
    }

    /**
     * How often target groups, load balancers, listeners and registries are described again (their
     * health and instances are read at every poll): on screen at the background pace, so a moving
     * blue/green split shows; for triage, which needs only health, ten times less often.
     */
    private Duration describeEvery(boolean visible) {
        Duration background = watchers.pacing().background();
        return visible ? background : background.multipliedBy(STRUCTURE_EVERY_BACKGROUNDS);
    }

    /** A revision never changes once registered: read once, then handed back at every poll. */
    private Observable<Snapshot<TaskDefinition>> taskDefinition(String arn) {
        return watchers.custom("task-definition/" + arn,
                (previous, partial) -> previous != null ? previous : taskDefinitions.apply(arn), () -> watchers.pacing().background());
    }

    private Supplier<Duration> pace(boolean visible) {
        return visible ? () -> watchers.pacing().visible() : () -> watchers.pacing().background();
    }

    /** Metrics are optional to a cost estimate: a failed fetch counts as no data (its problem still shows). */
    private static Snapshot<List<ServiceMetrics>> emptyWhenFailed(Snapshot<List<ServiceMetrics>> s) {
        return s.hasValue() || s.problem() == null ? s : new Snapshot<>(List.of(), s.fetchedAt(), s.problem(), s.stale());
    }

    /**
     * Targets with the task each stands for, matched by private IP; a task that has not stopped wins
     * over one that has (addresses are reused), the newest among equals.
     */
    static List<TargetGroup> withTasks(List<TargetGroup> groups, List<Task> tasks) {
        Map<String, Task> byIp = new HashMap<>();
        tasks.stream().filter(t -> t.privateIp() != null)
                .sorted(Comparator.comparing((Task t) -> !t.stopped()).thenComparing(t -> t.createdAt(),
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(t -> byIp.put(t.privateIp(), t));
        List<TargetGroup> out = new ArrayList<>(groups.size());
        for (TargetGroup g : groups) {
            out.add(g.withTargets(g.targets().stream().map(t -> {
                Task task = byIp.get(t.targetId());
                return task == null ? t : t.withTask(task.id());
            }).toList()));
        }
        return out;
    }

    private static Set<String> liveTaskIds(List<Task> tasks) {
        return tasks.stream().filter(t -> !t.stopped()).map(Task::id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private <T> Observable<Snapshot<T>> shared(String key, Supplier<Observable<Snapshot<T>>> create) {
        return (Observable<Snapshot<T>>) derived.computeIfAbsent(key, k -> create.get().replay(1).refCount());
    }
}
