package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.sandbox.sim.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One region's ECS account and its control plane. Everything in it is guarded by one read-write
 * lock: API calls read or write under it, and before either the control plane is moved up to the
 * current sandbox time, so a caller never sees a state older than the clock. Future transitions
 * wait on a {@link Timeline}; once a sandbox minute the metrics are written and minute listeners
 * (Application Auto Scaling) run.
 */
public final class EcsState {
    private static final Logger LOG = LoggerFactory.getLogger(EcsState.class);
    static final long MINUTE = 60_000L;

    private final Region region;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    final Ids ids;
    /** The region's random draws for tasks run by hand; services draw from their own ({@link #storyOf}). */
    final SplittableRandom story;
    private final long storySeed;
    final Timeline timeline = new Timeline();
    final NavigableMap<String, Cluster> clusters = new TreeMap<>();
    final TaskDefinitions taskDefinitions = new TaskDefinitions();
    final Placement placement;
    final TaskLifecycle lifecycle;
    final ServiceScheduler scheduler;
    final ContainerLogs logs;
    final UtilizationMetrics metrics;
    private final List<LongConsumer> minuteListeners = new CopyOnWriteArrayList<>();
    private TargetGroupLink targetGroups;
    private RegistryLink registries;
    private long now;
    private volatile long pinnedAt = -1;
    private boolean advancing;
    private boolean minutesScheduled;
    private volatile long nextDue = Long.MAX_VALUE;

    public EcsState(Region region) {
        this.region = region;
        long seed = region.world().options().seed();
        long regionSeed = region.name().equals(region.world().options().region())
                ? seed : seed ^ (region.name().hashCode() * 0x9E3779B97F4A7C15L);
        this.ids = new Ids(regionSeed);
        this.storySeed = regionSeed * 7 + 1;
        this.story = new SplittableRandom(storySeed);
        this.placement = new Placement(region.subnets(), new SplittableRandom(regionSeed * 13 + 2));
        this.logs = new ContainerLogs(this, new SplittableRandom(regionSeed * 17 + 3));
        this.metrics = new UtilizationMetrics(this, regionSeed);
        this.lifecycle = new TaskLifecycle(this);
        this.scheduler = new ServiceScheduler(this);
        this.now = region.world().clock().nowMillis();
    }

    public Region region() {
        return region;
    }

    /** Sandbox time of the state: the step being run, or the clock once caught up. */
    public long now() {
        return now;
    }

    /** Runs {@code body} with a consistent view; moves the control plane first if anything is due. */
    public <T> T read(Supplier<T> body) {
        if (pinnedAt >= 0 || nextDue <= region.world().clock().nowMillis()) {
            return write(body);
        }
        lock.readLock().lock();
        try {
            return body.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs {@code body} alone, after moving the control plane up to the current sandbox time. */
    public <T> T write(Supplier<T> body) {
        lock.writeLock().lock();
        try {
            advanceTo(clockNow());
            return body.get();
        } finally {
            nextDue = timeline.nextAt();
            lock.writeLock().unlock();
        }
    }

    /** Moves the control plane up to {@code until} (the ticker calls this every 100 ms of real time). */
    public void tick(long until) {
        lock.writeLock().lock();
        try {
            advanceTo(Math.max(until, clockNow()));
        } finally {
            nextDue = timeline.nextAt();
            lock.writeLock().unlock();
        }
    }

    /**
     * Builds a scenario's past: runs {@code build} as at sandbox time {@code start}, then lets the
     * control plane live through to {@code end} second by second, so the account starts with a
     * history (tasks that stopped, events, logs, metrics). Only before the region has moved.
     */
    public void simulate(long start, long end, Runnable build) {
        lock.writeLock().lock();
        try {
            if (minutesScheduled) {
                throw new IllegalStateException("a region's history can only be built before it starts moving");
            }
            now = start;
            pinnedAt = start;
            build.run();
            for (long t = start; t < end; ) {
                t = Math.min(end, t + 1000);
                pinnedAt = t;
                advanceTo(t);
            }
        } finally {
            pinnedAt = -1;
            nextDue = timeline.nextAt();
            lock.writeLock().unlock();
        }
    }

    /** Runs {@code action} under the lock when sandbox time reaches {@code at}. */
    public void schedule(long at, Runnable action) {
        write(() -> {
            timeline.at(at, action);
            return null;
        });
    }

    /** A service's own random stream, from the seed and its ARN. */
    SplittableRandom storyOf(String serviceArn) {
        return new SplittableRandom(storySeed ^ serviceArn.hashCode() * 0x9E3779B97F4A7C15L);
    }

    /** Connects the region's load balancers and Cloud Map, where services register their tasks. */
    public void connect(TargetGroupLink targetGroups, RegistryLink registries) {
        this.targetGroups = targetGroups;
        this.registries = registries;
    }

    TargetGroupLink targetGroups() {
        return targetGroups;
    }

    RegistryLink registries() {
        return registries;
    }

    /**
     * A load balancer found a task failing its health checks. ECS says so once in the service's
     * events and, once the service's health check grace period is over, replaces the task. Call under
     * the lock: health checks run on this region's timeline.
     */
    public void targetUnhealthy(String clusterName, String taskId, String targetGroupArn, int port, String description) {
        Cluster c = clusters.get(clusterName);
        Task t = c == null ? null : c.tasks.get(taskId);
        if (t == null || t.service == null || !t.wanted() || t.lastStatus != TaskStatus.RUNNING) {
            return;
        }
        EcsService s = t.service;
        if (!t.unhealthyReported) {
            t.unhealthyReported = true;
            scheduler.event(s, "(service " + s.name + ") (task " + t.id + ") (port " + port + ") is unhealthy in (target-group "
                    + targetGroupArn + ") due to (reason " + description + ").");
        }
        if (now < t.startedAt + s.healthCheckGracePeriodSeconds * 1000L) {
            return;
        }
        lifecycle.stop(t, StopCode.SERVICE_SCHEDULER_INITIATED, "Task failed ELB health checks in (target-group "
                + targetGroupArn + ")");
        scheduler.event(s, "(service " + s.name + ") has stopped 1 running tasks: (task " + t.id + ").");
        scheduler.touch(s);
    }

    /** The ECS agent on a container instance loses its connection: ECS places nothing new there. */
    public void disconnectAgent(String clusterName, String ec2InstanceId) {
        write(() -> {
            for (ContainerInstance i : cluster(clusterName).instances.values()) {
                if (i.ec2InstanceId.equals(ec2InstanceId)) {
                    i.agentConnected = false;
                    i.version++;
                }
            }
            return null;
        });
    }

    /** Fargate reclaims the oldest running Spot task of a service now; false when it runs none on FARGATE_SPOT. */
    public boolean interruptSpot(String clusterName, String serviceName) {
        return write(() -> {
            EcsService s = activeService(clusterName, serviceName);
            if (s == null) {
                return false;
            }
            Task oldest = null;
            for (Task t : s.live) {
                if (t.wanted() && t.lastStatus == TaskStatus.RUNNING && "FARGATE_SPOT".equals(t.capacityProvider)
                        && (oldest == null || t.startedAt < oldest.startedAt)) {
                    oldest = t;
                }
            }
            if (oldest != null) {
                lifecycle.spotInterrupted(oldest);
            }
            return oldest != null;
        });
    }

    /** Called once per sandbox minute with the minute's end, after that minute's metrics were written. */
    public void onEachMinute(LongConsumer listener) {
        minuteListeners.add(listener);
    }

    /** Writes metric history for [from, to) from each service's workload and desired count. */
    public void backfillMetrics(long from, long to) {
        write(() -> {
            metrics.backfill(from, to);
            return null;
        });
    }

    /** Adds EC2 container instances to a cluster, spread over the zones; answers their EC2 instance ids. */
    public List<String> registerContainerInstances(String clusterName, String instanceType, int cpu, int memory, int count) {
        return write(() -> {
            Cluster c = cluster(clusterName);
            List<String> added = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String id = ids.resourceId();
                ContainerInstance instance = new ContainerInstance(id, region.arn("ecs", "container-instance/" + c.name + "/" + id),
                        "i-0" + ids.hex(16), instanceType, placement.zone(c.instances.size()), cpu, memory, now);
                c.instances.put(id, instance);
                added.add(instance.ec2InstanceId);
            }
            return added;
        });
    }

    /** The desired count of an ACTIVE service, or empty. Call under {@link #read} or {@link #write}. */
    public OptionalInt desiredCount(String clusterName, String serviceName) {
        EcsService s = activeService(clusterName, serviceName);
        return s == null ? OptionalInt.empty() : OptionalInt.of(s.desiredCount);
    }

    /** Sets an ACTIVE service's desired count, as Application Auto Scaling does. Call under {@link #write}. */
    public void setDesiredCount(String clusterName, String serviceName, int count) {
        EcsService s = activeService(clusterName, serviceName);
        if (s != null) {
            scheduler.setDesiredCount(s, Math.min(count, EcsService.MAX_TASKS));
        }
    }

    /** Ground truth for tests: the log streams the control plane wrote. */
    public JsonNode logTruth() {
        return read(logs::truth);
    }

    private EcsService activeService(String clusterName, String serviceName) {
        Cluster c = clusters.get(clusterName);
        EcsService s = c == null || !c.active() ? null : c.services.get(serviceName);
        return s != null && s.active() ? s : null;
    }

    /** The ACTIVE cluster a request names (default {@code default}), or ClusterNotFoundException. */
    Cluster cluster(String reference) {
        Cluster c = findCluster(reference);
        if (c == null || !c.active()) {
            throw EcsErrors.clusterNotFound();
        }
        return c;
    }

    /** The cluster by name or ARN, whatever its status, or null. */
    Cluster findCluster(String reference) {
        String ref = reference == null || reference.isEmpty() ? "default" : reference;
        String name = Arns.lastPart(ref, region, "cluster");
        return name == null ? null : clusters.get(name);
    }

    /** The service of the cluster a name or ARN designates, or null. */
    EcsService findService(Cluster c, String reference) {
        String clusterPart = Arns.clusterPart(reference, region, "service");
        if (clusterPart != null && !clusterPart.equals(c.name)) {
            return null;
        }
        String name = Arns.lastPart(reference, region, "service");
        return name == null ? null : c.services.get(name);
    }

    Task findTask(Cluster c, String reference) {
        String clusterPart = Arns.clusterPart(reference, region, "task");
        if (clusterPart != null && !clusterPart.equals(c.name)) {
            return null;
        }
        String id = Arns.lastPart(reference, region, "task");
        return id == null ? null : c.tasks.get(id);
    }

    private long clockNow() {
        long pinned = pinnedAt;
        return pinned >= 0 ? pinned : Math.max(now, region.world().clock().nowMillis());
    }

    private void advanceTo(long target) {
        if (advancing) {
            return;
        }
        advancing = true;
        try {
            if (!minutesScheduled) {
                minutesScheduled = true;
                long first = (now / MINUTE + 1) * MINUTE;
                timeline.at(first, () -> minute(first));
            }
            Timeline.Entry e;
            while ((e = timeline.pollDue(target)) != null) {
                now = Math.max(now, e.at());
                try {
                    e.action().run();
                } catch (RuntimeException ex) {
                    // One broken step must not stop the region from moving.
                    LOG.warn("control plane step failed in {}", region.name(), ex);
                }
            }
            now = Math.max(now, target);
            logs.emitUntil(now);
        } finally {
            advancing = false;
        }
    }

    private void minute(long end) {
        metrics.emit(end - MINUTE);
        for (LongConsumer listener : minuteListeners) {
            listener.accept(end);
        }
        timeline.at(end + MINUTE, () -> minute(end + MINUTE));
    }
}
