package dev.berth.core.session;

import dev.berth.core.BerthException;
import dev.berth.core.Session;
import dev.berth.core.SessionStatus;
import dev.berth.core.actions.Actions;
import dev.berth.core.actions.AuditLog;
import dev.berth.core.actions.AwsActions;
import dev.berth.core.config.BerthConfig;
import dev.berth.core.context.AwsContext;
import dev.berth.core.context.CallerIdentity;
import dev.berth.core.logs.CloudWatchLogTail;
import dev.berth.core.logs.LogQuery;
import dev.berth.core.logs.LogTail;
import dev.berth.core.metrics.MetricsReader;
import dev.berth.core.cost.CostCalculator;
import dev.berth.core.cost.PriceTable;
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
import dev.berth.core.sources.AlarmSource;
import dev.berth.core.sources.DiscoverySource;
import dev.berth.core.sources.EcsSource;
import dev.berth.core.sources.ElbSource;
import dev.berth.core.sources.IdentitySource;
import dev.berth.core.sources.LogsSource;
import dev.berth.core.sources.MetricsSource;
import dev.berth.core.sources.ScalingSource;
import dev.berth.core.triage.Finding;
import dev.berth.core.triage.Triage;
import dev.berth.core.triage.TriageWatch;
import dev.berth.core.watch.Snapshot;
import dev.berth.core.slices.SurroundingWatchers;
import dev.berth.core.slices.Watchers;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.subjects.BehaviorSubject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Session} over one AWS context: sources, shared watchers, log tails, actions and
 * triage wired together. Nothing touches the network until a slice is subscribed; the account id
 * is asked of STS then, in the background.
 */
public final class AwsSession implements Session {
    private static final Logger LOG = LoggerFactory.getLogger(AwsSession.class);

    private final AwsContext ctx;
    private final BerthConfig config;
    private final Scheduler io;
    private final Clock clock;
    private final EcsSource ecs;
    private final LogsSource logs;
    private final IdentitySource identity;
    private final Watchers watchers;
    private final SurroundingWatchers surroundings;
    private final TaskDefinitionCache taskDefinitions;
    private final AwsActions actions;
    private final TriageWatch triage;
    private final BehaviorSubject<ContextInfo> info;
    private final Observable<SessionStatus> status;
    private final AtomicBoolean identifying = new AtomicBoolean();
    private volatile CallerIdentity caller;

    public AwsSession(AwsContext ctx, BerthConfig config, Path auditLog, Scheduler io, Clock clock) {
        this.ctx = ctx;
        this.config = config;
        this.io = io;
        this.clock = clock;
        this.ecs = new EcsSource(ctx);
        this.identity = new IdentitySource(ctx);
        this.logs = new LogsSource(ctx, this::account);
        ScalingSource scaling = new ScalingSource(ctx);
        this.watchers = new Watchers(ecs, scaling, new MetricsReader(new MetricsSource(ctx)), io, clock,
                config.refresh(), config.triage().stoppedLookback());
        this.taskDefinitions = new TaskDefinitionCache(ecs);
        var r = ctx.resolved();
        this.surroundings = new SurroundingWatchers(watchers, new ElbSource(ctx), new DiscoverySource(ctx), new AlarmSource(ctx),
                new CostCalculator(PriceTable.standard(), r.region()), taskDefinitions::get, clock);
        this.info = BehaviorSubject.createDefault(new ContextInfo(r.profile(), r.region(), null,
                r.endpoint() == null ? null : r.endpoint().toString(), r.sandbox(), r.readOnly(),
                config.protects(r.name())));
        this.actions = new AwsActions(ecs, scaling, watchers, info::getValue, this::user,
                new AuditLog(auditLog), io, clock);
        this.status = Observable.interval(0, 1, TimeUnit.SECONDS, io)
                .map(x -> new SessionStatus(ctx.limiter().isThrottled(), ctx.lastProblem(), ctx.limiter().callsLastMinute()))
                .distinctUntilChanged()
                .replay(1).refCount(config.refresh().linger().toMillis(), TimeUnit.MILLISECONDS, io);
        this.triage = new TriageWatch(watchers, surroundings, Triage.standard(config.triage()), status, io, clock);
    }

    @Override
    public ContextInfo context() {
        return info.getValue();
    }

    @Override
    public Observable<ContextInfo> contextUpdates() {
        return info.distinctUntilChanged();
    }

    /** Asks STS who we are, once, in the background, when the first slice has answered. */
    private void identify() {
        if (identifying.compareAndSet(false, true)) {
            io.scheduleDirect(() -> {
                try {
                    account();
                } catch (BerthException e) {
                    LOG.info("could not tell the account: {}", e.getMessage());
                    identifying.set(false);
                }
            });
        }
    }

    /** The account id (asks STS the first time; blocks that caller). */
    private String account() {
        CallerIdentity c = caller;
        if (c == null) {
            c = identity.whoAmI();
            caller = c;
            ContextInfo i = info.getValue();
            info.onNext(new ContextInfo(i.profile(), i.region(), c.account(), i.endpoint(), i.sandbox(), i.readOnly(),
                    i.protectedContext()));
        }
        return c.account();
    }

    private String user() {
        String local = System.getProperty("user.name", "unknown");
        CallerIdentity c = caller;
        return c == null ? local : local + " as " + c.arn();
    }

    private <T> Observable<Snapshot<T>> watched(Observable<Snapshot<T>> slice) {
        // Not on subscribe: STS's client set-up would compete with the first screen's own calls.
        return slice.doOnNext(s -> {
            if (s.hasValue() || s.problem() != null) {
                identify();
            }
        });
    }

    @Override
    public Observable<SessionStatus> status() {
        return status;
    }

    @Override
    public Observable<Snapshot<List<Cluster>>> clusters() {
        return watched(watchers.clusters());
    }

    @Override
    public Observable<Snapshot<List<ServiceRow>>> services(String cluster) {
        return watched(watchers.services(cluster));
    }

    @Override
    public void visible(String cluster, Collection<String> serviceNames) {
        watchers.visible(cluster, serviceNames);
    }

    @Override
    public Observable<Snapshot<Service>> service(String cluster, String service) {
        return watched(watchers.service(cluster, service));
    }

    @Override
    public Observable<Snapshot<List<Task>>> tasks(String cluster, String service) {
        return watched(watchers.tasks(cluster, service));
    }

    @Override
    public Observable<Snapshot<List<ContainerInstance>>> containerInstances(String cluster) {
        return watched(watchers.containerInstances(cluster));
    }

    @Override
    public Observable<Snapshot<List<ServiceDeployment>>> deployments(String cluster, String service) {
        return watched(watchers.deployments(cluster, service));
    }

    @Override
    public Observable<Snapshot<List<String>>> taskDefinitionFamilies() {
        return watched(watchers.families());
    }

    @Override
    public Observable<Snapshot<List<TaskDefinitionRef>>> revisions(String family) {
        return watched(watchers.revisions(family));
    }

    @Override
    public Single<TaskDefinition> taskDefinition(String arnOrFamilyRevision) {
        return Single.fromCallable(() -> taskDefinitions.get(arnOrFamilyRevision)).subscribeOn(io);
    }

    @Override
    public Observable<Snapshot<ScalableTarget>> scaling(String cluster, String service) {
        return watched(watchers.scaling(cluster, service));
    }

    @Override
    public Observable<Snapshot<List<ScalingActivity>>> scalingActivities(String cluster, String service) {
        return watched(watchers.scalingActivities(cluster, service));
    }

    @Override
    public Observable<Snapshot<List<ServiceMetrics>>> metrics(String cluster, Collection<String> services, Duration window) {
        return watched(watchers.metrics(cluster, services, window));
    }

    @Override
    public Observable<Snapshot<LoadBalancing>> loadBalancing(String cluster, String service) {
        return watched(surroundings.loadBalancing(cluster, service));
    }

    @Override
    public Observable<Snapshot<Discovery>> discovery(String cluster, String service) {
        return watched(surroundings.discovery(cluster, service));
    }

    @Override
    public Observable<Snapshot<List<Alarm>>> alarms(String cluster, String service) {
        return watched(surroundings.alarms(cluster, service));
    }

    @Override
    public Observable<Snapshot<CostEstimate>> cost(String cluster, String service) {
        return watched(surroundings.cost(cluster, service));
    }

    @Override
    public Observable<Snapshot<List<Finding>>> triage(String cluster) {
        return watched(triage.findings(cluster));
    }

    @Override
    public Observable<Snapshot<List<Finding>>> settledTriage(String cluster) {
        return watched(triage.settledFindings(cluster));
    }

    @Override
    public LogTail logs(LogQuery query) {
        identify();
        return new CloudWatchLogTail(query, logs, new EcsLogTargets(ecs, taskDefinitions), config.logs(), io, clock);
    }

    @Override
    public Actions actions() {
        return actions;
    }

    @Override
    public void refresh() {
        watchers.refresh();
    }

    @Override
    public void close() {
        ctx.close();
    }
}
