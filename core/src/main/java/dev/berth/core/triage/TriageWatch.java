package dev.berth.core.triage;

import dev.berth.core.SessionStatus;
import dev.berth.core.model.Alarm;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.DiscoveryRegistry;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceRegistryRef;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.ServiceMetrics;
import dev.berth.core.model.ServiceRow;
import dev.berth.core.watch.Snapshot;
import dev.berth.core.slices.SurroundingWatchers;
import dev.berth.core.slices.Watchers;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Triage as a slice: the rules run over the slices a cluster already has (its service list, its
 * cluster-wide task list at the background pace, the last minutes of metrics, the session status)
 * and, at the background pace, what surrounds its services (their target groups and Cloud Map
 * registries, its container instances, the alarms on its metrics). Parts of the surroundings it
 * cannot read (say, a policy without elasticloadbalancing:Describe*) count as empty, their problem
 * shown. Across clusters it combines every cluster's triage.
 */
public final class TriageWatch {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TriageWatch.class);
    /** The utilisation rules read the last few one-minute points; more history is only heap and bytes. */
    private static final Duration METRICS_WINDOW = Duration.ofMinutes(10);
    private static final long EMIT_EVERY_MILLIS = 500;

    private final Watchers watchers;
    private final SurroundingWatchers surroundings;
    private final Triage triage;
    private final Observable<SessionStatus> status;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Map<String, Observable<Snapshot<List<Finding>>>> byCluster = new ConcurrentHashMap<>();
    /** How far AWS's clock is known to run ahead of ours (skew, or a sandbox running fast), in ms. */
    private final AtomicLong ahead = new AtomicLong();
    private Observable<Snapshot<List<Finding>>> everywhere;

    public TriageWatch(Watchers watchers, SurroundingWatchers surroundings, Triage triage, Observable<SessionStatus> status,
                       Scheduler scheduler, Clock clock) {
        this.watchers = watchers;
        this.surroundings = surroundings;
        this.triage = triage;
        this.status = status;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Findings of one cluster, or of every cluster when {@code cluster} is null. */
    public Observable<Snapshot<List<Finding>>> findings(String cluster) {
        if (cluster == null) {
            synchronized (this) {
                if (everywhere == null) {
                    everywhere = allClusters();
                }
                return everywhere;
            }
        }
        return byCluster.computeIfAbsent(cluster, c -> oneCluster(c).replay(1).refCount());
    }

    private Observable<Snapshot<List<Finding>>> oneCluster(String cluster) {
        Observable<Snapshot<List<ServiceRow>>> services = watchers.services(cluster);
        Observable<Snapshot<List<ServiceMetrics>>> metrics = services
                // Every listed name, not only the described ones: the set is then stable while a big cluster
                // is being described, so the metrics slice is not rebuilt (and refetched) as rows arrive.
                .map(s -> s.hasValue() ? s.value().stream().map(ServiceRow::name).sorted().toList() : List.<String>of())
                .distinctUntilChanged()
                .switchMap(names -> names.isEmpty() ? Observable.just(Snapshot.<List<ServiceMetrics>>of(List.of(), clock.instant()))
                        : watchers.metrics(cluster, names, METRICS_WINDOW))
                .startWithItem(Snapshot.loading());
        return Observable.combineLatest(services, watchers.tasks(cluster, null), metrics, surroundings(cluster, services),
                        status.startWithItem(new SessionStatus(false, null, 0)),
                        (svc, tasks, m, around, st) -> evaluateSafely(cluster, svc, tasks, m, around, st))
                .throttleLatest(EMIT_EVERY_MILLIS, TimeUnit.MILLISECONDS, scheduler, true);
    }

    /**
     * The cluster's surroundings, following the target groups and registries its services name. Read
     * from lists whose every row is described, so the sets stay put while a big cluster is being
     * described instead of rebuilding (and refetching) the surroundings' slices as rows arrive.
     */
    private Observable<Snapshot<Surroundings>> surroundings(String cluster, Observable<Snapshot<List<ServiceRow>>> services) {
        Observable<List<Service>> described = services.filter(s -> s.hasValue() && s.value().stream().allMatch(ServiceRow::described))
                .map(s -> s.value().stream().map(ServiceRow::service).toList());
        Observable<Snapshot<List<TargetGroup>>> groups = described
                .map(list -> list.stream().flatMap(s -> s.targetGroupArns().stream()).distinct().sorted().toList())
                .distinctUntilChanged().switchMap(surroundings::targetGroups).startWithItem(Snapshot.loading());
        Observable<Snapshot<List<DiscoveryRegistry>>> registries = described
                .map(list -> list.stream().flatMap(s -> s.serviceRegistries().stream()).map(ServiceRegistryRef::registryArn)
                        .distinct().sorted().toList())
                .distinctUntilChanged().switchMap(surroundings::registries).startWithItem(Snapshot.loading());
        return Observable.combineLatest(groups, registries, watchers.containerInstances(cluster),
                surroundings.alarms(cluster, null), TriageWatch::surroundingsOf);
    }

    /** Whatever of the surroundings is known; a part that failed counts as empty, its problem kept. */
    private static Snapshot<Surroundings> surroundingsOf(Snapshot<List<TargetGroup>> groups,
                                                         Snapshot<List<DiscoveryRegistry>> registries,
                                                         Snapshot<List<ContainerInstance>> instances,
                                                         Snapshot<List<Alarm>> alarms) {
        Snapshot<?>[] parts = {groups, registries, instances, alarms};
        return new Snapshot<>(new Surroundings(orEmpty(groups), orEmpty(registries), orEmpty(instances), orEmpty(alarms)),
                null, firstProblem(parts), anyStale(parts));
    }

    private static <T> List<T> orEmpty(Snapshot<List<T>> s) {
        return s.hasValue() ? s.value() : List.of();
    }

    /** A rule that breaks must not end the stream: its failure becomes the snapshot's problem. */
    private Snapshot<List<Finding>> evaluateSafely(String cluster, Snapshot<List<ServiceRow>> services,
                                                   Snapshot<List<dev.berth.core.model.Task>> tasks,
                                                   Snapshot<List<ServiceMetrics>> metrics, Snapshot<Surroundings> around,
                                                   SessionStatus st) {
        try {
            return evaluate(cluster, services, tasks, metrics, around, st);
        } catch (RuntimeException e) {
            LOG.warn("triage of {} failed", cluster, e);
            return new Snapshot<>(null, null, new dev.berth.core.watch.Problem(dev.berth.core.watch.Problem.Kind.OTHER,
                    "triage of " + cluster + " failed (" + e.getClass().getSimpleName() + "; see the log)", clock.instant()), true);
        }
    }

    private Snapshot<List<Finding>> evaluate(String cluster, Snapshot<List<ServiceRow>> services,
                                             Snapshot<List<dev.berth.core.model.Task>> tasks,
                                             Snapshot<List<ServiceMetrics>> metrics, Snapshot<Surroundings> around,
                                             SessionStatus st) {
        Snapshot<?>[] parts = {services, tasks, metrics, around};
        if (!services.hasValue() || !tasks.hasValue()) {
            return new Snapshot<>(null, null, firstProblem(parts), anyStale(parts));
        }
        var described = services.value().stream().filter(ServiceRow::described).map(ServiceRow::service).toList();
        Instant local = clock.instant();
        Instant seen = Triage.estimateNow(local, described, tasks.value());
        ahead.accumulateAndGet(Duration.between(local, seen).toMillis(), Math::max);
        Instant now = local.plusMillis(ahead.get());
        List<Finding> findings = triage.evaluate(cluster, described, tasks.value(),
                metrics.hasValue() ? metrics.value() : List.of(), around.hasValue() ? around.value() : Surroundings.NONE, st, now);
        Instant oldest = services.fetchedAt();
        if (tasks.fetchedAt() != null && (oldest == null || tasks.fetchedAt().isBefore(oldest))) {
            oldest = tasks.fetchedAt();
        }
        return new Snapshot<>(findings, oldest, firstProblem(parts), anyStale(parts));
    }

    private Observable<Snapshot<List<Finding>>> allClusters() {
        return watchers.clusters()
                .switchMap(cs -> {
                    if (!cs.hasValue()) {
                        return Observable.just(new Snapshot<List<Finding>>(null, null, cs.problem(), cs.stale()));
                    }
                    List<String> names = cs.value().stream().map(Cluster::name).toList();
                    if (names.isEmpty()) {
                        return Observable.just(Snapshot.<List<Finding>>of(List.of(), cs.fetchedAt()));
                    }
                    List<Observable<Snapshot<List<Finding>>>> each = names.stream().map(this::findings).toList();
                    return Observable.combineLatest(each, TriageWatch::merge);
                })
                .replay(1).refCount();
    }

    @SuppressWarnings("unchecked")
    private static Snapshot<List<Finding>> merge(Object[] parts) {
        Map<String, Finding> byId = new LinkedHashMap<>();
        Instant oldest = null;
        boolean any = false;
        for (Object o : parts) {
            Snapshot<List<Finding>> s = (Snapshot<List<Finding>>) o;
            if (s.hasValue()) {
                any = true;
                s.value().forEach(f -> byId.putIfAbsent(f.id(), f));
                if (s.fetchedAt() != null && (oldest == null || s.fetchedAt().isBefore(oldest))) {
                    oldest = s.fetchedAt();
                }
            }
        }
        List<Finding> all = new ArrayList<>(byId.values());
        all.sort(Triage.ORDER);
        Snapshot<?>[] snaps = java.util.Arrays.copyOf(parts, parts.length, Snapshot[].class);
        return new Snapshot<>(any ? all : null, oldest, firstProblem(snaps), anyStale(snaps));
    }

    private static dev.berth.core.watch.Problem firstProblem(Snapshot<?>[] parts) {
        for (Snapshot<?> s : parts) {
            if (s.problem() != null) {
                return s.problem();
            }
        }
        return null;
    }

    private static boolean anyStale(Snapshot<?>[] parts) {
        for (Snapshot<?> s : parts) {
            if (Objects.requireNonNull(s).stale()) {
                return true;
            }
        }
        return false;
    }
}
