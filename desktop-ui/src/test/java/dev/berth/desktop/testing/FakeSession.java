package dev.berth.desktop.testing;

import dev.berth.core.Session;
import dev.berth.core.SessionStatus;
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
import dev.berth.core.watch.Snapshot;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.subjects.BehaviorSubject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A hand-driven {@link Session}: each slice is a subject the test pushes snapshots into, and every
 * call the UI makes (visible rows, metrics asked for, log queries, refreshes) is recorded.
 */
public final class FakeSession implements Session {
    private final ContextInfo context;
    private final BehaviorSubject<SessionStatus> status = BehaviorSubject.createDefault(new SessionStatus(false, null, 0));
    private final Map<String, BehaviorSubject<?>> slices = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> subscriptions = new ConcurrentHashMap<>();
    private final Map<String, TaskDefinition> taskDefinitions = new ConcurrentHashMap<>();
    private final List<MetricsRequest> metricsRequests = new CopyOnWriteArrayList<>();
    private final List<FakeLogTail> tails = new CopyOnWriteArrayList<>();
    private final Map<String, List<String>> visible = new ConcurrentHashMap<>();
    private final AtomicInteger refreshes = new AtomicInteger();
    private final FakeActions actions = new FakeActions();
    private volatile Function<ServiceMetricsKey, List<ServiceMetrics>> metricsSource = k -> List.of();
    private volatile boolean closed;

    /** What the UI asked metrics for. */
    public record MetricsRequest(String cluster, List<String> services, Duration window) {
    }

    /** The arguments of one metrics call, for {@link #answerMetrics}. */
    public record ServiceMetricsKey(String cluster, List<String> services, Duration window) {
    }

    public FakeSession(ContextInfo context) {
        this.context = context;
    }

    public static FakeSession sandbox() {
        return new FakeSession(new ContextInfo(null, "us-east-1", "123456789012", "http://127.0.0.1:4566", true, false, false));
    }

    @SuppressWarnings("unchecked")
    private <T> BehaviorSubject<Snapshot<T>> subject(String key) {
        return (BehaviorSubject<Snapshot<T>>) slices.computeIfAbsent(key, k -> BehaviorSubject.createDefault(Snapshot.loading()));
    }

    /** A slice as the UI sees it: each subscription is counted. */
    private <T> Observable<Snapshot<T>> slice(String key) {
        return this.<T>subject(key).doOnSubscribe(d -> subscriptions.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet());
    }

    /** Pushes a snapshot into a slice, e.g. {@code push("services/prod", Snapshot.of(rows, now))}. */
    public <T> void push(String key, Snapshot<T> snapshot) {
        this.<T>subject(key).onNext(snapshot);
    }

    public <T> void push(String key, T value) {
        push(key, Snapshot.of(value, java.time.Instant.now()));
    }

    /** The value a slice holds now (null while loading). */
    public <T> T value(String key) {
        return this.<T>subject(key).getValue().value();
    }

    /** How many subscribers a slice has now (a view that stopped watching has none). */
    public boolean watched(String key) {
        BehaviorSubject<?> s = slices.get(key);
        return s != null && s.hasObservers();
    }

    /** How many times the UI has subscribed to a slice (a slice no tab needed has none). */
    public int subscriptions(String key) {
        AtomicInteger n = subscriptions.get(key);
        return n == null ? 0 : n.get();
    }

    public void answerMetrics(Function<ServiceMetricsKey, List<ServiceMetrics>> f) {
        metricsSource = f;
    }

    public void putTaskDefinition(TaskDefinition td) {
        taskDefinitions.put(td.ref().arn(), td);
        taskDefinitions.put(td.ref().familyRevision(), td);
    }

    public void status(SessionStatus s) {
        status.onNext(s);
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
        return slice("clusters");
    }

    @Override
    public Observable<Snapshot<List<ServiceRow>>> services(String cluster) {
        return slice("services/" + cluster);
    }

    @Override
    public void visible(String cluster, Collection<String> serviceNames) {
        visible.put(cluster, List.copyOf(serviceNames));
    }

    @Override
    public Observable<Snapshot<Service>> service(String cluster, String service) {
        return slice("service/" + cluster + "/" + service);
    }

    @Override
    public Observable<Snapshot<List<Task>>> tasks(String cluster, String service) {
        return slice("tasks/" + cluster + "/" + service);
    }

    @Override
    public Observable<Snapshot<List<ContainerInstance>>> containerInstances(String cluster) {
        return slice("instances/" + cluster);
    }

    @Override
    public Observable<Snapshot<List<ServiceDeployment>>> deployments(String cluster, String service) {
        return slice("deployments/" + cluster + "/" + service);
    }

    @Override
    public Observable<Snapshot<List<String>>> taskDefinitionFamilies() {
        return slice("families");
    }

    @Override
    public Observable<Snapshot<List<TaskDefinitionRef>>> revisions(String family) {
        return slice("revisions/" + family);
    }

    @Override
    public Single<TaskDefinition> taskDefinition(String arnOrFamilyRevision) {
        return Single.defer(() -> {
            TaskDefinition td = taskDefinitions.get(arnOrFamilyRevision);
            return td == null ? Single.error(new dev.berth.core.BerthException("no task definition " + arnOrFamilyRevision))
                    : Single.just(td);
        });
    }

    @Override
    public Observable<Snapshot<ScalableTarget>> scaling(String cluster, String service) {
        return slice("scaling/" + cluster + "/" + service);
    }

    @Override
    public Observable<Snapshot<List<ScalingActivity>>> scalingActivities(String cluster, String service) {
        return slice("scaling-activities/" + cluster + "/" + service);
    }

    @Override
    public Observable<Snapshot<List<ServiceMetrics>>> metrics(String cluster, Collection<String> services, Duration window) {
        List<String> names = new ArrayList<>(services);
        metricsRequests.add(new MetricsRequest(cluster, names, window));
        return Observable.fromCallable(() -> Snapshot.of(metricsSource.apply(new ServiceMetricsKey(cluster, names, window)),
                java.time.Instant.now()));
    }

    @Override
    public Observable<Snapshot<LoadBalancing>> loadBalancing(String cluster, String service) {
        return slice("load-balancing/" + cluster + "/" + service);
    }

    @Override
    public Observable<Snapshot<Discovery>> discovery(String cluster, String service) {
        return slice("discovery/" + cluster + "/" + service);
    }

    @Override
    public Observable<Snapshot<List<Alarm>>> alarms(String cluster, String service) {
        return slice("alarms/" + cluster + "/" + service);
    }

    @Override
    public Observable<Snapshot<CostEstimate>> cost(String cluster, String service) {
        return slice("cost/" + cluster + "/" + service);
    }

    @Override
    public Observable<Snapshot<List<Finding>>> triage(String cluster) {
        return slice("triage/" + cluster);
    }

    @Override
    public LogTail logs(LogQuery query) {
        FakeLogTail t = new FakeLogTail(query);
        tails.add(t);
        return t;
    }

    @Override
    public FakeActions actions() {
        return actions;
    }

    @Override
    public void refresh() {
        refreshes.incrementAndGet();
    }

    @Override
    public void close() {
        closed = true;
    }

    public List<MetricsRequest> metricsRequests() {
        return metricsRequests;
    }

    public List<FakeLogTail> tails() {
        return tails;
    }

    public FakeLogTail lastTail() {
        return tails.get(tails.size() - 1);
    }

    public List<String> visible(String cluster) {
        return visible.getOrDefault(cluster, List.of());
    }

    public int refreshes() {
        return refreshes.get();
    }

    public boolean closed() {
        return closed;
    }
}
