package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.sandbox.ecs.workload.Behaviour;
import dev.berth.sandbox.ecs.workload.LogStyle;
import dev.berth.sandbox.ecs.workload.Workload;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Moves tasks through ECS's states on the sandbox clock: PROVISIONING → PENDING (image pull) →
 * ACTIVATING → RUNNING, and once stopped DEACTIVATING → STOPPING → DEPROVISIONING → STOPPED, with
 * stop codes, reasons and exit codes in AWS's words. Tasks on EC2 in bridge mode skip the network
 * steps. Each step is one entry on the timeline; a stop request bumps the task's plan so steps
 * planned before it are dropped.
 */
final class TaskLifecycle {
    /** How long STOPPED tasks stay listable, as in ECS. */
    static final long STOPPED_RETENTION_MILLIS = 60 * 60_000L;
    static final String ESSENTIAL_EXITED = "Essential container in task exited";
    static final String OOM_REASON = "OutOfMemoryError: Container killed due to memory usage";
    /** Fargate Spot tasks run between half an hour and six hours before their capacity is reclaimed. */
    private static final double SPOT_MIN_SECONDS = 30 * 60;
    private static final double SPOT_MAX_SECONDS = 6 * 60 * 60;

    private final EcsState ecs;

    TaskLifecycle(EcsState ecs) {
        this.ecs = ecs;
    }

    /** What launching needs besides the revision: where, for whom, and as what. */
    record Launch(Cluster cluster, EcsService service, Deployment deployment, TaskSet taskSet, TaskDefinition definition,
                  LaunchType launchType, CapacityProviderStrategy capacityProviders, NetworkConfiguration network,
                  ContainerInstance instance, String startedBy, String group, JsonNode overrides, Map<String, String> tags) {
    }

    Task launch(Launch l) {
        Task t = new Task(ecs.ids.resourceId(), l.cluster(), l.service(), l.deployment(), l.taskSet(), l.definition(),
                l.launchType(), l.startedBy(), l.group(), l.overrides());
        t.tags = l.tags();
        t.createdAt = ecs.now();
        if (l.capacityProviders() != null) {
            t.capacityProvider = l.capacityProviders().pick(story(t), liveByProvider(l.service()));
        }
        if (l.network() != null && l.definition().awsvpc()) {
            int cursor = l.service() == null ? ecs.story.nextInt(l.network().subnets().size()) : l.service().subnetCursor++;
            t.subnet = l.network().subnets().get(cursor % l.network().subnets().size());
            t.availabilityZone = ecs.placement.availabilityZone(t.subnet);
            t.privateIp = ecs.placement.privateIp(t.availabilityZone);
        }
        if (l.instance() != null) {
            ContainerInstance i = l.instance();
            t.instance = i;
            t.availabilityZone = i.availabilityZone;
            i.usedCpu += l.definition().reservedCpu();
            i.usedMemory += l.definition().reservedMemory();
            i.version++;
            if (!l.definition().awsvpc()) {
                for (Container c : t.containers) {
                    if (!c.spec.ports().isEmpty()) {
                        c.hostPortBase = i.nextHostPort;
                        i.nextHostPort += c.spec.ports().size();
                    }
                }
            }
        }
        if (t.availabilityZone == null) {
            t.availabilityZone = ecs.placement.zone(0);
        }
        l.cluster().tasks.put(t.id, t);
        if (l.service() != null) {
            l.service().tasks.put(t.id, t);
            l.service().live.add(t);
        }
        if (t.privateIp != 0) {
            move(t, TaskStatus.PROVISIONING);
            after(t, between(t, 4, 12), this::provisioned);
        } else {
            move(t, TaskStatus.PENDING);
            t.pullStartedAt = ecs.now();
            after(t, pullSeconds(t), this::pulled);
        }
        return t;
    }

    /** How many live tasks of the service run on each capacity provider (for the strategy's base). */
    private static Map<String, Integer> liveByProvider(EcsService service) {
        Map<String, Integer> out = new HashMap<>();
        if (service != null) {
            for (Task t : service.live) {
                if (t.wanted() && t.capacityProvider != null) {
                    out.merge(t.capacityProvider, 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /** A stop someone asked for: the user (StopTask) or the service scheduler. */
    void stop(Task t, StopCode code, String reason) {
        if (t.stopRequested) {
            return;
        }
        requestStop(t, code, reason);
        if (t.lastStatus == TaskStatus.RUNNING) {
            deactivate(t);
        } else if (t.lastStatus.starting()) {
            terminateContainers(t);
            deprovision(t);
        }
    }

    private void requestStop(Task t, StopCode code, String reason) {
        t.stopRequested = true;
        t.plan++;
        t.version++;
        t.stopCode = code;
        t.stoppedReason = reason;
        t.stoppingAt = ecs.now();
        if (t.service != null) {
            t.service.steady = false;
        }
    }

    private void provisioned(Task t) {
        move(t, TaskStatus.PENDING);
        t.connectivityAt = ecs.now();
        t.pullStartedAt = ecs.now();
        after(t, pullSeconds(t), this::pulled);
    }

    private void pulled(Task t) {
        Workload w = t.definition.workload;
        if (w.behaviour() == Behaviour.PULL_ERROR) {
            String reason = "CannotPullContainerError: pull image manifest has been retried 7 time(s): failed to resolve ref "
                    + qualified(failingImage(t)) + ": " + qualified(failingImage(t)) + ": not found";
            for (Container c : t.containers) {
                c.exited(null, c.spec.image().equals(failingImage(t)) ? reason : null);
            }
            requestStop(t, StopCode.TASK_FAILED_TO_START, reason);
            t.executionStoppedAt = ecs.now();
            deprovision(t);
            return;
        }
        t.pullStoppedAt = ecs.now();
        t.version++;
        for (Container c : t.containers) {
            c.start();
        }
        ecs.logs.started(t);
        if (w.behaviour() == Behaviour.CRASH_ON_START) {
            after(t, lifetime(t, w), task -> crash(task, false));
        } else if (t.privateIp != 0) {
            move(t, TaskStatus.ACTIVATING);
            after(t, between(t, 1, 3), this::running);
        } else {
            running(t);
        }
    }

    private void running(Task t) {
        move(t, TaskStatus.RUNNING);
        t.startedAt = ecs.now();
        Workload w = t.definition.workload;
        switch (w.behaviour()) {
            case CRASH -> after(t, lifetime(t, w), task -> crash(task, false));
            case OOM -> {
                double life = lifetime(t, w);
                after(t, Math.max(1, life - 45), this::memoryPressure);
                after(t, life, this::outOfMemory);
            }
            case EXIT -> after(t, lifetime(t, w), task -> crash(task, true));
            case HEALTHY, CRASH_ON_START, PULL_ERROR -> {
            }
        }
        if ("FARGATE_SPOT".equals(t.capacityProvider)) {
            after(t, between(t, SPOT_MIN_SECONDS, SPOT_MAX_SECONDS), this::spotInterrupted);
        }
        t.definition.containers.stream().filter(c -> c.health() != null).mapToInt(c -> c.health().startPeriodSeconds()
                + c.health().intervalSeconds()).max().ifPresent(delay -> after(t, delay, this::healthy));
        if (t.service != null) {
            attach(t);
            ecs.scheduler.taskRunning(t);
        }
    }

    /** Registers a task that reached RUNNING with its service's target groups and registries. */
    private void attach(Task t) {
        ServiceLinks links = t.links();
        if (!links.balanced() && links.registries().isEmpty()) {
            return;
        }
        t.attached = true;
        for (ServiceLinks.TargetGroup g : links.targetGroups()) {
            ecs.targetGroups().register(g.arn(), endpoint(t, g.containerName(), g.containerPort()));
            ecs.scheduler.event(t.service, "(service " + t.service.name + ") registered 1 targets in (target-group "
                    + g.arn() + ")");
        }
        for (ServiceLinks.Registry r : links.registries()) {
            int port = r.port() != null ? r.port() : r.containerPort() == null ? 0
                    : endpoint(t, r.containerName(), r.containerPort()).port();
            TaskEndpoint e = endpoint(t, null, 0);
            ecs.registries().register(r.arn(), new TaskEndpoint(e.cluster(), e.service(), e.taskId(), e.address(), port,
                    e.availabilityZone(), e.family(), e.health()));
        }
    }

    /** Takes a task out of its target groups (they start draining) and registries; answers the longest drain, in seconds. */
    private int detach(Task t) {
        if (!t.attached) {
            return 0;
        }
        t.attached = false;
        ServiceLinks links = t.links();
        int drain = 0;
        for (ServiceLinks.TargetGroup g : links.targetGroups()) {
            drain = Math.max(drain, ecs.targetGroups().deregister(g.arn(), endpoint(t, g.containerName(), g.containerPort())));
            ecs.scheduler.event(t.service, "(service " + t.service.name + ") deregistered 1 targets in (target-group "
                    + g.arn() + ")");
        }
        for (ServiceLinks.Registry r : links.registries()) {
            ecs.registries().deregister(r.arn(), t.id);
        }
        return drain;
    }

    /** The task as a target: its IP and container port (awsvpc) or its instance and host port. */
    private static TaskEndpoint endpoint(Task t, String containerName, int containerPort) {
        String address;
        int port = containerPort;
        if (t.privateIp != 0) {
            address = t.privateIpText();
        } else {
            address = t.instance == null ? null : t.instance.ec2InstanceId;
            for (Container c : t.containers) {
                if (c.spec.name().equals(containerName)) {
                    port = c.hostPort(containerPort);
                }
            }
        }
        return new TaskEndpoint(t.cluster.name, t.service == null ? null : t.service.name, t.id, address, port,
                t.availabilityZone, t.definition.family, t.definition.workload.healthCheck());
    }

    /** Fargate takes its Spot capacity back: SIGTERM, then the usual way down. */
    void spotInterrupted(Task t) {
        if (t.stopRequested) {
            return;
        }
        requestStop(t, StopCode.SPOT_INTERRUPTION, "Your Spot Task was interrupted.");
        deactivate(t);
    }

    private void healthy(Task t) {
        for (Container c : t.containers) {
            if (c.spec.health() != null && c.running()) {
                c.health = "HEALTHY";
            }
        }
        t.health = "HEALTHY";
        t.version++;
    }

    /** The essential container exits on its own: with a stack trace and 1, or (a finished job) its exit code. */
    private void crash(Task t, boolean finished) {
        Container c = essential(t);
        if (!finished) {
            ecs.logs.write(t, c, c.spec.lines().crash(ecs.now()));
        }
        c.exited(finished ? t.definition.workload.exitCode() : 1, null);
        essentialExited(t);
    }

    private void memoryPressure(Task t) {
        Container c = essential(t);
        ecs.logs.write(t, c, c.spec.lines().memoryPressure(ecs.now(), 93 + story(t).nextInt(6)));
    }

    private void outOfMemory(Task t) {
        essential(t).exited(137, OOM_REASON);
        essentialExited(t);
    }

    private void essentialExited(Task t) {
        boolean wasRunning = t.lastStatus == TaskStatus.RUNNING;
        detach(t);
        requestStop(t, StopCode.ESSENTIAL_CONTAINER_EXITED, ESSENTIAL_EXITED);
        terminateContainers(t);
        if (wasRunning) {
            move(t, TaskStatus.DEACTIVATING);
            after(t, between(t, 1, 2), task -> {
                move(task, TaskStatus.STOPPING);
                after(task, between(task, 1, 2), this::deprovision);
            });
        } else {
            deprovision(t);
        }
    }

    /** A running task asked to stop: out of its target groups, which it waits to drain, then down. */
    private void deactivate(Task t) {
        move(t, TaskStatus.DEACTIVATING);
        int drain = detach(t);
        after(t, drain > 0 ? drain : between(t, 1, 3), this::stopping);
    }

    private void stopping(Task t) {
        move(t, TaskStatus.STOPPING);
        for (Container c : t.containers) {
            if (c.running()) {
                ecs.logs.write(t, c, c.spec.lines().shutdown(ecs.now()));
            }
        }
        after(t, between(t, 1, 5), task -> {
            terminateContainers(task);
            deprovision(task);
        });
    }

    /** SIGTERM reaches the containers still running; each exits as its kind does. */
    private void terminateContainers(Task t) {
        for (Container c : t.containers) {
            if (c.running()) {
                c.exited(exitCodeOnSigterm(c), null);
            }
        }
        t.executionStoppedAt = ecs.now();
    }

    private void deprovision(Task t) {
        if (t.privateIp != 0 && t.lastStatus != TaskStatus.PROVISIONING) {
            move(t, TaskStatus.DEPROVISIONING);
            after(t, between(t, 5, 15), this::stopped);
        } else {
            stopped(t);
        }
    }

    private void stopped(Task t) {
        move(t, TaskStatus.STOPPED);
        t.stoppedAt = ecs.now();
        if (t.executionStoppedAt == 0) {
            t.executionStoppedAt = t.stoppedAt;
        }
        if (t.instance != null) {
            t.instance.usedCpu -= t.definition.reservedCpu();
            t.instance.usedMemory -= t.definition.reservedMemory();
            t.instance.version++;
        }
        ecs.logs.stopped(t);
        if (t.service != null) {
            t.service.live.remove(t);
            ecs.scheduler.taskStopped(t);
        }
        ecs.timeline.at(t.stoppedAt + STOPPED_RETENTION_MILLIS, () -> {
            t.cluster.tasks.remove(t.id);
            if (t.service != null) {
                t.service.tasks.remove(t.id);
            }
        });
    }

    private void move(Task t, TaskStatus to) {
        TaskStatus from = t.lastStatus;
        t.lastStatus = to;
        t.version++;
        t.cluster.count(t, from, to);
        if (t.instance != null) {
            if (from != null && from.starting()) {
                t.instance.pendingTasks--;
            } else if (from == TaskStatus.RUNNING) {
                t.instance.runningTasks--;
            }
            if (to.starting()) {
                t.instance.pendingTasks++;
            } else if (to == TaskStatus.RUNNING) {
                t.instance.runningTasks++;
            }
        }
    }

    private void after(Task t, double seconds, Consumer<Task> step) {
        int plan = t.plan;
        ecs.timeline.at(ecs.now() + (long) (seconds * 1000), () -> {
            if (t.plan == plan) {
                step.accept(t);
            }
        });
    }

    /**
     * The random draws of a task's story: its service's own stream (so one service's story does not
     * shift when another is added to a scenario), the region's for tasks run by hand.
     */
    private SplittableRandom story(Task t) {
        return t.service != null ? t.service.story : ecs.story;
    }

    private double between(Task t, double min, double max) {
        return min + story(t).nextDouble() * (max - min);
    }

    private double lifetime(Task t, Workload w) {
        return between(t, w.minLifetimeSeconds(), w.maxLifetimeSeconds());
    }

    /** Image pulls take longer for bigger images; the image name decides its size here. */
    private double pullSeconds(Task t) {
        int size = 0;
        for (Container c : t.containers) {
            size = Math.max(size, Math.floorMod(c.spec.image().hashCode(), 20));
        }
        return (3 + size) * between(t, 0.8, 1.3);
    }

    private static Container essential(Task t) {
        Workload w = t.definition.workload;
        for (Container c : t.containers) {
            if (c.spec.essential() && c.spec.workload().equals(w)) {
                return c;
            }
        }
        return t.containers[0];
    }

    private static String failingImage(Task t) {
        return essential(t).spec.image();
    }

    /** Docker's fully qualified form, as the pull error prints it. */
    private static String qualified(String image) {
        int slash = image.indexOf('/');
        if (slash < 0) {
            return "docker.io/library/" + image;
        }
        String first = image.substring(0, slash);
        return first.contains(".") || first.contains(":") ? image : "docker.io/" + image;
    }

    /** Web servers exit cleanly on SIGTERM; JVMs answer 143 (128 + 15). */
    private static int exitCodeOnSigterm(Container c) {
        return c.spec.workload().logStyle() == LogStyle.ACCESS ? 0 : 143;
    }
}
