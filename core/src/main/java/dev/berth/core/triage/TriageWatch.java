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
    private final Map<String, Observable<Evaluation>> byCluster = new ConcurrentHashMap<>();
    /** How far AWS's clock is known to run ahead of ours (skew, or a sandbox running fast), in ms. */
    private final AtomicLong ahead = new AtomicLong();
    private Observable<Evaluation> everywhere;

    /** Findings, and whether every input behind them has answered at least once. */
    private record Evaluation(Snapshot<List<Finding>> findings, boolean settled) {
        /** Settled, or failed outright: what a one-shot answer waits for. */
        boolean done() {
            return settled || (!findings.hasValue() && findings.problem() != null);
        }
    }

    /** The latest answer of each slice one evaluation reads. */
    private record Inputs(Snapshot<List<ServiceRow>> services, Snapshot<List<dev.berth.core.model.Task>> tasks,
                          Snapshot<List<ServiceMetrics>> metrics, Around around, SessionStatus status) {
    }

    /** The surroundings, and whether each of their parts has answered (a value or a problem). */
    private record Around(Snapshot<Surroundings> snapshot, boolean answered) {
    }

    public TriageWatch(Watchers watchers, SurroundingWatchers surroundings, Triage triage, Observable<SessionStatus> status,
                       Scheduler scheduler, Clock clock) {
        this.watchers = watchers;
        this.surroundings = surroundings;
        this.triage = triage;
        this.status = status;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /**
     * Findings of one cluster, or of every cluster when {@code cluster} is null. They come as they are
     * found, but "nothing wrong" only once every input has answered: before, no findings is "loading",
     * so a screen never says all is well while the services are still being read.
     */
    public Observable<Snapshot<List<Finding>>> findings(String cluster) {
        return evaluations(cluster).map(e -> !e.done() && e.findings().hasValue() && e.findings().value().isEmpty()
                ? Snapshot.<List<Finding>>loading() : e.findings());
    }

    /**
     * Findings once every input has answered at least once (every service described, tasks, metrics,
     * surroundings), or the problem that stops them: for a one-shot answer such as {@code berth triage},
     * where the first findings of a cluster still loading would say too little.
     */
    public Observable<Snapshot<List<Finding>>> settledFindings(String cluster) {
        return evaluations(cluster).filter(Evaluation::done).map(Evaluation::findings);
    }

    private Observable<Evaluation> evaluations(String cluster) {
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

    private Observable<Evaluation> oneCluster(String cluster) {
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
                        status.startWithItem(new SessionStatus(false, null, 0)), Inputs::new)
                // The inputs are throttled, not the findings: evaluating 5,000 services on every answer of
                // every slice kept a core busy.
                .throttleLatest(EMIT_EVERY_MILLIS, TimeUnit.MILLISECONDS, scheduler, true)
                .map(in -> evaluateSafely(cluster, in.services(), in.tasks(), in.metrics(), in.around(), in.status()));
    }

    /**
     * The cluster's surroundings, following the target groups and registries its services name. Read
     * from lists whose every row is described, so the sets stay put while a big cluster is being
     * described instead of rebuilding (and refetching) the surroundings' slices as rows arrive.
     */
    private Observable<Around> surroundings(String cluster, Observable<Snapshot<List<ServiceRow>>> services) {
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
    private static Around surroundingsOf(Snapshot<List<TargetGroup>> groups,
                                                         Snapshot<List<DiscoveryRegistry>> registries,
                                                         Snapshot<List<ContainerInstance>> instances,
                                                         Snapshot<List<Alarm>> alarms) {
        Snapshot<?>[] parts = {groups, registries, instances, alarms};
        return new Around(new Snapshot<>(new Surroundings(orEmpty(groups), orEmpty(registries), orEmpty(instances),
                orEmpty(alarms)), null, firstProblem(parts), anyStale(parts)), answered(parts));
    }

    private static <T> List<T> orEmpty(Snapshot<List<T>> s) {
        return s.hasValue() ? s.value() : List.of();
    }

    /** A rule that breaks must not end the stream: its failure becomes the snapshot's problem. */
    private Evaluation evaluateSafely(String cluster, Snapshot<List<ServiceRow>> services,
                                      Snapshot<List<dev.berth.core.model.Task>> tasks,
                                      Snapshot<List<ServiceMetrics>> metrics, Around around, SessionStatus st) {
        boolean settled = services.hasValue() && services.value().stream().allMatch(ServiceRow::described)
                && answered(new Snapshot<?>[] {tasks, metrics}) && around.answered();
        try {
            return new Evaluation(evaluate(cluster, services, tasks, metrics, around.snapshot(), st), settled);
        } catch (RuntimeException e) {
            LOG.warn("triage of {} failed", cluster, e);
            return new Evaluation(new Snapshot<>(null, null, new dev.berth.core.watch.Problem(dev.berth.core.watch.Problem.Kind.OTHER,
                    "triage of " + cluster + " failed (" + e.getClass().getSimpleName() + "; see the log)", clock.instant()), true),
                    true);
        }
    }

    /** Each part has a value or a problem: nothing is still loading. */
    private static boolean answered(Snapshot<?>[] parts) {
        for (Snapshot<?> s : parts) {
            if (!s.hasValue() && s.problem() == null) {
                return false;
            }
        }
        return true;
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

    private Observable<Evaluation> allClusters() {
        return watchers.clusters()
                .switchMap(cs -> {
                    if (!cs.hasValue()) {
                        return Observable.just(new Evaluation(new Snapshot<List<Finding>>(null, null, cs.problem(), cs.stale()),
                                cs.problem() != null));
                    }
                    List<String> names = cs.value().stream().map(Cluster::name).toList();
                    if (names.isEmpty()) {
                        return Observable.just(new Evaluation(Snapshot.<List<Finding>>of(List.of(), cs.fetchedAt()), true));
                    }
                    List<Observable<Evaluation>> each = names.stream().map(this::evaluations).toList();
                    return Observable.combineLatest(each, TriageWatch::merge);
                })
                .replay(1).refCount();
    }

    private static Evaluation merge(Object[] parts) {
        Map<String, Finding> byId = new LinkedHashMap<>();
        Instant oldest = null;
        boolean any = false;
        boolean settled = true;
        Snapshot<?>[] snaps = new Snapshot<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Evaluation e = (Evaluation) parts[i];
            settled &= e.done();
            Snapshot<List<Finding>> s = e.findings();
            snaps[i] = s;
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
        return new Evaluation(new Snapshot<>(any ? all : null, oldest, firstProblem(snaps), anyStale(snaps)), settled);
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
