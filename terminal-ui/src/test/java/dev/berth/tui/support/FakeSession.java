package dev.berth.tui.support;

import dev.berth.core.Session;
import dev.berth.core.SessionStatus;
import dev.berth.core.actions.ActionEvent;
import dev.berth.core.actions.ActionRefused;
import dev.berth.core.actions.ActionRequest;
import dev.berth.core.actions.Actions;
import dev.berth.core.actions.Change;
import dev.berth.core.actions.Preview;
import dev.berth.core.actions.ScaleService;
import dev.berth.core.actions.StopTask;
import dev.berth.core.logs.LogQuery;
import dev.berth.core.logs.LogTail;
import dev.berth.core.model.Alarm;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.ContextInfo;
import dev.berth.core.model.CostEstimate;
import dev.berth.core.model.Discovery;
import dev.berth.core.model.LoadBalancing;
import dev.berth.core.model.MetricPoint;
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
import io.reactivex.rxjava3.subjects.BehaviorSubject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory, scripted {@link Session} for view-model and screen tests: slices are subjects the
 * test pushes snapshots into, calls are recorded, and actions change the scripted state the way
 * ECS would (scale moves desired, then running follows).
 */
public final class FakeSession implements Session {
    public final Clock clock;
    private final ContextInfo context;
    public final BehaviorSubject<Snapshot<List<Cluster>>> clusters = BehaviorSubject.create();
    public final Map<String, BehaviorSubject<Snapshot<List<ServiceRow>>>> services = new ConcurrentHashMap<>();
    public final Map<String, BehaviorSubject<Snapshot<List<Task>>>> tasks = new ConcurrentHashMap<>();
    public final BehaviorSubject<Snapshot<List<Finding>>> findings = BehaviorSubject.createDefault(Snapshot.of(List.of(), Instant.EPOCH));
    public final BehaviorSubject<SessionStatus> status = BehaviorSubject.createDefault(new SessionStatus(false, null, 0));
    public final List<List<String>> visibleCalls = new CopyOnWriteArrayList<>();
    public final List<String> executed = new CopyOnWriteArrayList<>();
    public final List<FakeLogTail> tails = new CopyOnWriteArrayList<>();
    public final Map<String, TaskDefinition> taskDefinitions = new ConcurrentHashMap<>();
    /** Surroundings by "cluster|service"; a service without an entry has none (empty, not loading). */
    public final Map<String, BehaviorSubject<Snapshot<LoadBalancing>>> balancing = new ConcurrentHashMap<>();
    public final Map<String, BehaviorSubject<Snapshot<Discovery>>> discoveries = new ConcurrentHashMap<>();
    public final Map<String, BehaviorSubject<Snapshot<List<Alarm>>>> alarms = new ConcurrentHashMap<>();
    public final Map<String, BehaviorSubject<Snapshot<CostEstimate>>> costs = new ConcurrentHashMap<>();
    public final Map<String, BehaviorSubject<Snapshot<List<ContainerInstance>>>> instances = new ConcurrentHashMap<>();
    public int refreshes;
    public boolean closed;

    public FakeSession(Clock clock, boolean readOnly) {
        this(clock, readOnly, Fixtures.REGION);
    }

    public FakeSession(Clock clock, boolean readOnly, String region) {
        this(clock, new ContextInfo(null, region, Fixtures.ACCOUNT, "http://127.0.0.1:4566", true, readOnly, false));
    }

    /** A session on the given context (e.g. an AWS profile rather than a sandbox). */
    public FakeSession(Clock clock, ContextInfo context) {
        this.clock = clock;
        this.context = context;
    }

    /** A demo-like account: one cluster "demo" with web (healthy), worker (crash-looping) and api. */
    public static FakeSession demo(Clock clock) {
        FakeSession s = new FakeSession(clock, false);
        Instant now = clock.instant();
        s.clusters.onNext(Snapshot.of(List.of(Fixtures.cluster("demo", 3, 5), Fixtures.cluster("batch", 0, 0)), now));
        s.setServices("demo", List.of(
                Fixtures.service("demo", "web", 2, 2, "COMPLETED", now),
                Fixtures.service("demo", "worker", 2, 0, "COMPLETED", now),
                Fixtures.service("demo", "api", 3, 3, "COMPLETED", now)));
        s.setServices("batch", List.of());
        s.tasksSubject("demo", "web").onNext(Snapshot.of(List.of(
                Fixtures.task("demo", "web", "0a1b2c3d4e5f60718293a4b5c6d7e8f9", "RUNNING", null, null, null, now),
                Fixtures.task("demo", "web", "1b2c3d4e5f60718293a4b5c6d7e8f90a", "RUNNING", null, null, null, now),
                Fixtures.task("demo", "web", "2c3d4e5f60718293a4b5c6d7e8f90a1b", "STOPPED", 137, "EssentialContainerExited",
                        "Essential container in task exited", now)), now));
        s.tasksSubject("demo", "worker").onNext(Snapshot.of(List.of(
                Fixtures.task("demo", "worker", "3d4e5f60718293a4b5c6d7e8f90a1b2c", "STOPPED", 1, "EssentialContainerExited",
                        "Essential container in task exited", now)), now));
        s.tasksSubject("demo", "api").onNext(Snapshot.of(List.of(), now));
        s.balancing.put("demo|web", BehaviorSubject.createDefault(Snapshot.of(Surroundings.webBalancing(
                "0a1b2c3d4e5f60718293a4b5c6d7e8f9", "1b2c3d4e5f60718293a4b5c6d7e8f90a"), now)));
        s.discoveries.put("demo|web", BehaviorSubject.createDefault(Snapshot.of(Surroundings.webDiscovery(
                List.of("0a1b2c3d4e5f60718293a4b5c6d7e8f9", "1b2c3d4e5f60718293a4b5c6d7e8f90a"), "2c3d4e5f60718293a4b5c6d7e8f90a1b"), now)));
        s.alarms.put("demo|web", BehaviorSubject.createDefault(Snapshot.of(Surroundings.webAlarms(now), now)));
        s.costs.put("demo|web", BehaviorSubject.createDefault(Snapshot.of(Surroundings.webCost(), now)));
        s.taskDefinitions.put("web:3", Surroundings.webDefinition(now.minusSeconds(86_400)));
        s.instances.put("batch", BehaviorSubject.createDefault(Snapshot.of(Surroundings.instances(now), now)));
        return s;
    }

    public void setServices(String cluster, List<Service> list) {
        servicesSubject(cluster).onNext(Snapshot.of(list.stream().map(Fixtures::row).toList(), clock.instant()));
    }

    public BehaviorSubject<Snapshot<List<ServiceRow>>> servicesSubject(String cluster) {
        return services.computeIfAbsent(cluster, c -> BehaviorSubject.create());
    }

    public BehaviorSubject<Snapshot<List<Task>>> tasksSubject(String cluster, String service) {
        return tasks.computeIfAbsent(cluster + "|" + service, k -> BehaviorSubject.create());
    }

    @Override
    public ContextInfo context() {
        return context;
    }

    @Override
    public Observable<SessionStatus> status() {
        return status;
    }

    @Override
    public Observable<Snapshot<List<Cluster>>> clusters() {
        return clusters;
    }

    @Override
    public Observable<Snapshot<List<ServiceRow>>> services(String cluster) {
        return servicesSubject(cluster);
    }

    @Override
    public void visible(String cluster, Collection<String> serviceNames) {
        visibleCalls.add(List.copyOf(serviceNames));
    }

    @Override
    public Observable<Snapshot<Service>> service(String cluster, String service) {
        return servicesSubject(cluster).map(s -> new Snapshot<>(s.value().stream().filter(r -> r.name().equals(service))
                .map(ServiceRow::service).findFirst().orElse(null), s.fetchedAt(), s.problem(), s.stale()));
    }

    @Override
    public Observable<Snapshot<List<Task>>> tasks(String cluster, String service) {
        if (service == null) {
            List<Observable<Snapshot<List<Task>>>> all = tasks.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(cluster + "|")).map(e -> (Observable<Snapshot<List<Task>>>) e.getValue()).toList();
            return Observable.combineLatest(all, arr -> {
                List<Task> merged = new ArrayList<>();
                for (Object o : arr) {
                    @SuppressWarnings("unchecked") Snapshot<List<Task>> s = (Snapshot<List<Task>>) o;
                    merged.addAll(s.value());
                }
                return Snapshot.of(merged, clock.instant());
            });
        }
        return tasksSubject(cluster, service);
    }

    @Override
    public Observable<Snapshot<List<ContainerInstance>>> containerInstances(String cluster) {
        return instances.computeIfAbsent(cluster, c -> BehaviorSubject.createDefault(Snapshot.of(List.of(), clock.instant())));
    }

    @Override
    public Observable<Snapshot<LoadBalancing>> loadBalancing(String cluster, String service) {
        return balancing.computeIfAbsent(cluster + "|" + service, k -> BehaviorSubject.createDefault(
                Snapshot.of(new LoadBalancing(cluster, service, null, List.of(), List.of()), clock.instant())));
    }

    @Override
    public Observable<Snapshot<Discovery>> discovery(String cluster, String service) {
        return discoveries.computeIfAbsent(cluster + "|" + service, k -> BehaviorSubject.createDefault(
                Snapshot.of(new Discovery(cluster, service, List.of(), Set.of(), null), clock.instant())));
    }

    @Override
    public Observable<Snapshot<List<Alarm>>> alarms(String cluster, String service) {
        return alarms.computeIfAbsent(cluster + "|" + service, k -> BehaviorSubject.createDefault(Snapshot.of(List.of(), clock.instant())));
    }

    @Override
    public Observable<Snapshot<CostEstimate>> cost(String cluster, String service) {
        return costs.computeIfAbsent(cluster + "|" + service, k -> BehaviorSubject.createDefault(new Snapshot<>(null, null,
                new Problem(Problem.Kind.OTHER, "no cost for " + service + " in this fake", clock.instant()), false)));
    }

    @Override
    public Observable<Snapshot<List<ServiceDeployment>>> deployments(String cluster, String service) {
        return Observable.just(Snapshot.of(List.of(), clock.instant()));
    }

    @Override
    public Observable<Snapshot<List<String>>> taskDefinitionFamilies() {
        return Observable.just(Snapshot.of(List.of("api", "web", "worker"), clock.instant()));
    }

    @Override
    public Observable<Snapshot<List<TaskDefinitionRef>>> revisions(String family) {
        return Observable.just(Snapshot.of(List.of(
                new TaskDefinitionRef(Fixtures.taskDefArn(family, 3), family, 3),
                new TaskDefinitionRef(Fixtures.taskDefArn(family, 2), family, 2),
                new TaskDefinitionRef(Fixtures.taskDefArn(family, 1), family, 1)), clock.instant()));
    }

    @Override
    public Single<TaskDefinition> taskDefinition(String arnOrFamilyRevision) {
        TaskDefinitionRef ref = TaskDefinitionRef.parse(arnOrFamilyRevision);
        TaskDefinition known = taskDefinitions.get(ref.familyRevision());
        if (known != null) {
            return Single.just(known);
        }
        String json = "{\n  \"family\": \"" + ref.family() + "\",\n  \"revision\": " + ref.revision()
                + ",\n  \"cpu\": \"256\",\n  \"memory\": \"" + (256 * ref.revision()) + "\",\n  \"image\": \"demo/"
                + ref.family() + ":" + ref.revision() + "\"\n}";
        return Single.just(new TaskDefinition(ref, "ACTIVE", "256", String.valueOf(256 * ref.revision()), "awsvpc",
                List.of("FARGATE"), null, null, List.of(), clock.instant(), json));
    }

    @Override
    public Observable<Snapshot<ScalableTarget>> scaling(String cluster, String service) {
        return Observable.just(Snapshot.of(null, clock.instant()));
    }

    @Override
    public Observable<Snapshot<List<ScalingActivity>>> scalingActivities(String cluster, String service) {
        return Observable.just(Snapshot.of(List.of(), clock.instant()));
    }

    @Override
    public Observable<Snapshot<List<ServiceMetrics>>> metrics(String cluster, Collection<String> names, Duration window) {
        Instant now = clock.instant();
        List<ServiceMetrics> out = new ArrayList<>();
        for (String n : names) {
            List<MetricPoint> cpu = new ArrayList<>();
            List<MetricPoint> mem = new ArrayList<>();
            for (int i = 0; i < 36; i++) {
                Instant at = now.minus(window).plus(window.dividedBy(36).multipliedBy(i + 1));
                cpu.add(new MetricPoint(at, 20 + (i * 7 + n.length() * 13) % 50));
                mem.add(new MetricPoint(at, 40 + (i * 3) % 20));
            }
            out.add(new ServiceMetrics(cluster, n, cpu, mem));
        }
        return Observable.just(Snapshot.of(out, now));
    }

    @Override
    public Observable<Snapshot<List<Finding>>> triage(String cluster) {
        return findings;
    }

    @Override
    public LogTail logs(LogQuery query) {
        FakeLogTail t = new FakeLogTail(query);
        tails.add(t);
        return t;
    }

    @Override
    public Actions actions() {
        return new Actions() {
            @Override
            public Single<Preview> preview(ActionRequest request) {
                if (context.readOnly()) {
                    return Single.error(new ActionRefused("read-only: " + request.describe() + " refused"));
                }
                List<Change> changes = switch (request) {
                    case ScaleService s -> List.of(new Change("desired count", String.valueOf(current(s.cluster(), s.service()).desiredCount()),
                            String.valueOf(s.desiredCount())));
                    case StopTask t -> List.of(new Change("task " + t.taskId(), "RUNNING", "STOPPED"));
                    default -> List.of(new Change("deployment", "current", "new"));
                };
                return Single.just(new Preview(request, request.describe(), changes, null, null, "fp", clock.instant()));
            }

            @Override
            public Observable<ActionEvent> execute(Preview preview, String typedConfirmation) {
                executed.add(preview.request().describe());
                if (preview.request() instanceof ScaleService s) {
                    Service before = current(s.cluster(), s.service());
                    replace(s.cluster(), Fixtures.service(s.cluster(), s.service(), s.desiredCount(), before.runningCount(), "IN_PROGRESS", clock.instant()));
                    replace(s.cluster(), Fixtures.service(s.cluster(), s.service(), s.desiredCount(), s.desiredCount(), "COMPLETED", clock.instant()));
                    return Observable.just(new ActionEvent.Submitted(clock.instant(), preview.request().describe()),
                            new ActionEvent.Progress(clock.instant(), null, s.desiredCount(), s.desiredCount(), "tasks started"),
                            new ActionEvent.Settled(clock.instant(), s.service() + " reached a steady state"));
                }
                return Observable.just(new ActionEvent.Submitted(clock.instant(), preview.request().describe()),
                        new ActionEvent.Settled(clock.instant(), "done"));
            }
        };
    }

    private Service current(String cluster, String service) {
        return servicesSubject(cluster).getValue().value().stream().filter(r -> r.name().equals(service))
                .map(ServiceRow::service).findFirst().orElseThrow();
    }

    private void replace(String cluster, Service s) {
        List<ServiceRow> rows = new ArrayList<>(servicesSubject(cluster).getValue().value());
        rows.replaceAll(r -> r.name().equals(s.name()) ? Fixtures.row(s) : r);
        servicesSubject(cluster).onNext(Snapshot.of(rows, clock.instant()));
    }

    @Override
    public void refresh() {
        refreshes++;
    }

    @Override
    public void close() {
        closed = true;
    }
}
