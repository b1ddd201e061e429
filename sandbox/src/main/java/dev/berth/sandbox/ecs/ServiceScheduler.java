package dev.berth.sandbox.ecs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ECS service scheduler: keeps each service at its desired count, rolls new deployments within
 * minimumHealthyPercent and maximumPercent, replaces tasks that stop, throttles restarts of tasks
 * that never reach RUNNING, trips the deployment circuit breaker and rolls back, and writes the
 * service events the console shows.
 */
final class ServiceScheduler {
    private static final long MAX_THROTTLE_MILLIS = 27 * 60_000L;
    private static final long THROTTLE_EVENT_EVERY_MILLIS = 15 * 60_000L;
    private static final long PLACEMENT_RETRY_MILLIS = 60_000L;
    private static final String GUIDE = "For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.";
    private static final String FAILED_TO_START = "ECS deployment circuit breaker: tasks failed to start.";

    private final EcsState ecs;

    ServiceScheduler(EcsState ecs) {
        this.ecs = ecs;
    }

    /** Asks for a reconcile of the service as soon as the current step is done (once, however often asked). */
    void touch(EcsService s) {
        if (!s.reconcileQueued) {
            s.reconcileQueued = true;
            ecs.timeline.at(ecs.now(), () -> {
                s.reconcileQueued = false;
                reconcile(s);
            });
        }
    }

    /**
     * Starts a new primary deployment of {@code definition}. A rollback reuses the failed service
     * deployment it belongs to; anything else opens a new service deployment.
     */
    Deployment deploy(EcsService s, TaskDefinition definition, ServiceDeployment rollbackOf) {
        long now = ecs.now();
        ServiceDeployment sd = rollbackOf;
        if (sd == null) {
            for (ServiceDeployment earlier : s.serviceDeployments) {
                if (!earlier.finished()) {
                    earlier.status = "STOPPED";
                    earlier.statusReason = "Service deployment stopped because a newer deployment was started.";
                    earlier.stoppedAt = now;
                    earlier.finishedAt = now;
                    earlier.updatedAt = now;
                }
            }
            String arn = s.cluster.region().arn("ecs", "service-deployment/" + s.cluster.name + "/" + s.name + "/"
                    + ecs.ids.token(21));
            sd = new ServiceDeployment(arn, s, s.deployments, s.deploymentConfiguration, now);
            s.serviceDeployments.add(sd);
            if (s.serviceDeployments.size() > 100) {
                s.serviceDeployments.remove(0);
            }
        }
        String revision = s.cluster.region().arn("ecs", "service-revision/" + s.cluster.name + "/" + s.name + "/"
                + ecs.ids.digits(19));
        Deployment d = new Deployment(ecs.ids.deploymentId(), definition, revision, sd, s.network, s.serviceConnect, now);
        if (rollbackOf == null) {
            sd.target = d;
        }
        Deployment previous = s.primary();
        if (previous != null) {
            previous.status = "ACTIVE";
            previous.updatedAt = now;
        }
        s.deployments.add(0, d);
        s.taskDefinition = definition;
        s.steady = false;
        s.failStreak = 0;
        s.launchNotBefore = 0;
        touch(s);
        return d;
    }

    void setDesiredCount(EcsService s, int count) {
        if (s.desiredCount != count) {
            s.desiredCount = count;
            s.steady = false;
            if (s.primary() != null) {
                s.primary().updatedAt = ecs.now();
            }
        }
        touch(s);
    }

    void taskRunning(Task t) {
        EcsService s = t.service;
        s.failStreak = 0;
        s.launchNotBefore = 0;
        if (t.deployment != null && !t.deployment.hadRunningTask) {
            t.deployment.hadRunningTask = true;
            t.deployment.failedTasks = 0;
        }
        touch(s);
    }

    void taskStopped(Task t) {
        EcsService s = t.service;
        s.steady = false;
        if (t.stopCode != null && t.stopCode.failure() && !t.everRan()) {
            s.failStreak++;
            throttle(s);
            Deployment d = t.deployment;
            if (d != null && d.inProgress() && !d.hadRunningTask) {
                d.failedTasks++;
                d.updatedAt = ecs.now();
                if (s.deploymentConfiguration.circuitBreaker()) {
                    d.serviceDeployment.failureCount = d.failedTasks;
                    if (d.failedTasks >= DeploymentConfiguration.failureThreshold(s.desiredCount)) {
                        tripBreaker(s, d);
                    }
                }
            }
        }
        touch(s);
    }

    private void throttle(EcsService s) {
        if (s.failStreak < 3) {
            return;
        }
        long now = ecs.now();
        long delay = Math.min(MAX_THROTTLE_MILLIS, 15_000L << Math.min(10, s.failStreak - 3));
        s.launchNotBefore = now + delay;
        if (s.lastThrottleEventAt == 0 || now - s.lastThrottleEventAt >= THROTTLE_EVENT_EVERY_MILLIS) {
            s.lastThrottleEventAt = now;
            event(s, "(service " + s.name + ") is unable to consistently start tasks successfully. " + GUIDE);
        }
    }

    private void tripBreaker(EcsService s, Deployment failed) {
        long now = ecs.now();
        failed.rolloutState = "FAILED";
        failed.rolloutStateReason = FAILED_TO_START;
        failed.updatedAt = now;
        ServiceDeployment sd = failed.serviceDeployment;
        sd.breakerStatus = "TRIGGERED";
        sd.updatedAt = now;
        event(s, "(service " + s.name + ") (deployment " + failed.id + ") deployment failed: tasks failed to start.");
        Deployment good = s.lastCompleted;
        if (s.deploymentConfiguration.rollback() && good != null && good != failed
                && failed.status.equals("PRIMARY")) {
            sd.status = "ROLLBACK_IN_PROGRESS";
            sd.rollbackReason = FAILED_TO_START;
            sd.rollbackStartedAt = now;
            event(s, "(service " + s.name + ") rolling back to deployment " + good.id + ".");
            Deployment rollback = deploy(s, good.taskDefinition, sd);
            rollback.rolloutStateReason = "ECS deployment circuit breaker: rolling back to deploymentId " + good.id + ".";
            sd.rollbackRevisionArn = rollback.revisionArn;
        } else {
            sd.status = "STOPPED";
            sd.statusReason = FAILED_TO_START;
            sd.stoppedAt = now;
            sd.finishedAt = now;
        }
    }

    private void reconcile(EcsService s) {
        if (s.external() && !s.status.equals("INACTIVE")) {
            reconcileTaskSets(s);
            return;
        }
        if (s.status.equals("INACTIVE") || s.primary() == null) {
            return;
        }
        long now = ecs.now();
        Deployment primary = s.primary();
        int desired = s.targetCount();
        DeploymentConfiguration cfg = s.deploymentConfiguration;
        List<Task> primaryTasks = new ArrayList<>();
        List<Task> olderTasks = new ArrayList<>();
        int healthy = 0;
        for (Task t : s.live) {
            if (t.wanted()) {
                (t.deployment == primary ? primaryTasks : olderTasks).add(t);
                if (t.lastStatus == TaskStatus.RUNNING) {
                    healthy++;
                }
            }
        }

        List<Task> toStop = new ArrayList<>();
        // Scale in: drop tasks not yet running first, then the newest.
        if (primaryTasks.size() > desired) {
            primaryTasks.sort(Comparator.comparing((Task t) -> t.lastStatus == TaskStatus.RUNNING)
                    .thenComparing(t -> -t.createdAt));
            toStop.addAll(primaryTasks.subList(0, primaryTasks.size() - desired));
        }
        int minHealthy = (int) Math.ceil(desired * cfg.minimumHealthyPercent() / 100.0);
        int maxTotal = (int) Math.floor(desired * cfg.maximumPercent() / 100.0);
        int healthyLeft = healthy - (int) toStop.stream().filter(t -> t.lastStatus == TaskStatus.RUNNING).count();
        // Roll: older tasks that are not running go first; running ones only while enough healthy ones remain.
        olderTasks.sort(Comparator.comparing((Task t) -> t.lastStatus == TaskStatus.RUNNING)
                .thenComparingLong(t -> t.createdAt));
        for (Task t : olderTasks) {
            if (t.lastStatus != TaskStatus.RUNNING) {
                toStop.add(t);
            } else if (desired == 0 || healthyLeft - 1 >= minHealthy) {
                toStop.add(t);
                healthyLeft--;
            }
        }
        int primaryKept = primaryTasks.size() - (int) toStop.stream().filter(t -> t.deployment == primary).count();
        int totalKept = primaryTasks.size() + olderTasks.size() - toStop.size();
        int toStart = Math.min(desired - primaryKept, maxTotal - totalKept);
        if (primary.rolloutState.equals("FAILED")) {
            toStart = 0;
        }
        if (toStart > 0 && now < s.launchNotBefore) {
            ecs.timeline.at(s.launchNotBefore, () -> touch(s));
            toStart = 0;
        }

        if (!toStop.isEmpty()) {
            for (Task t : toStop) {
                ecs.lifecycle.stop(t, StopCode.SERVICE_SCHEDULER_INITIATED,
                        "Scaling activity initiated by (deployment " + primary.id + ")");
            }
            event(s, "(service " + s.name + ") has stopped " + toStop.size() + " running tasks: " + taskList(toStop) + ".");
        }
        if (toStart > 0) {
            start(s, primary, null, toStart);
        }
        settle(s);
        retireDrainedDeployments(s);
    }

    /**
     * Keeps each task set of an EXTERNAL service at its share of the desired count (no rolling
     * bounds: the outside tool decides the pace), and drops deleted task sets once drained.
     */
    private void reconcileTaskSets(EcsService s) {
        List<Task> toStop = new ArrayList<>();
        for (TaskSet set : s.taskSets) {
            List<Task> mine = new ArrayList<>();
            for (Task t : s.live) {
                if (t.taskSet == set && t.wanted()) {
                    mine.add(t);
                }
            }
            int want = set.computedDesiredCount();
            if (mine.size() > want) {
                mine.sort(Comparator.comparing((Task t) -> t.lastStatus == TaskStatus.RUNNING).thenComparing(t -> -t.createdAt));
                toStop.addAll(mine.subList(0, mine.size() - want));
            } else if (mine.size() < want) {
                start(s, null, set, want - mine.size());
            }
        }
        if (!toStop.isEmpty()) {
            for (Task t : toStop) {
                ecs.lifecycle.stop(t, StopCode.SERVICE_SCHEDULER_INITIATED, "Scaling activity initiated by (task-set " + t.taskSet.id + ")");
            }
            event(s, "(service " + s.name + ") has stopped " + toStop.size() + " running tasks: " + taskList(toStop) + ".");
        }
        long now = ecs.now();
        s.taskSets.forEach(set -> set.settle(now));
        s.taskSets.removeIf(set -> set.draining() && s.live.stream().noneMatch(t -> t.taskSet == set));
        boolean allSteady = s.taskSets.stream().allMatch(set -> set.steady);
        if (s.active() && allSteady && !s.steady && !s.taskSets.isEmpty()) {
            s.steady = true;
            event(s, "(service " + s.name + ") has reached a steady state.");
        }
        if (s.status.equals("DRAINING") && s.live.isEmpty()) {
            s.status = "INACTIVE";
        }
    }

    /** Starts tasks for a deployment of an ECS-controlled service, or for a task set of an EXTERNAL one. */
    private void start(EcsService s, Deployment primary, TaskSet set, int count) {
        TaskDefinition td = set != null ? set.taskDefinition : primary.taskDefinition;
        LaunchType launchType = set != null ? set.launchType : s.launchType;
        CapacityProviderStrategy providers = set != null ? set.capacityProviders : s.capacityProviders;
        NetworkConfiguration network = set != null ? set.network : primary.network;
        String startedBy = set != null ? set.id : primary.id;
        List<Task> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ContainerInstance instance = null;
            if (launchType == LaunchType.EC2) {
                instance = Placement.instanceFor(s.cluster, td);
                if (instance == null) {
                    unableToPlace(s, td);
                    break;
                }
            }
            started.add(ecs.lifecycle.launch(new TaskLifecycle.Launch(s.cluster, s, primary, set, td, launchType, providers,
                    network, instance, startedBy, "service:" + s.name, td.defaultOverrides(),
                    s.propagateTags.equals("SERVICE") ? Map.copyOf(s.tags) : null)));
        }
        if (!started.isEmpty()) {
            s.steady = false;
            event(s, "(service " + s.name + ") has started " + started.size() + " tasks: " + taskList(started) + ".");
        }
    }

    private void unableToPlace(EcsService s, TaskDefinition definition) {
        long now = ecs.now();
        if (s.lastPlacementEventAt == 0 || now - s.lastPlacementEventAt >= THROTTLE_EVENT_EVERY_MILLIS) {
            s.lastPlacementEventAt = now;
            String shortage = Placement.shortage(s.cluster, definition);
            event(s, shortage == null
                    ? "(service " + s.name + ") was unable to place a task because no container instance met all of its "
                    + "requirements. Reason: No Container Instances were found in your cluster. " + GUIDE
                    : "(service " + s.name + ") was unable to place a task because no container instance met all of its "
                    + "requirements. The closest matching (container-instance " + closestId(s.cluster) + ") has insufficient "
                    + shortage + " available. " + GUIDE);
        }
        ecs.timeline.at(now + PLACEMENT_RETRY_MILLIS, () -> touch(s));
    }

    private static String closestId(Cluster c) {
        return c.instances.values().stream().max(Comparator.comparingInt(i -> i.memory - i.usedMemory))
                .map(i -> i.id).orElse("");
    }

    /**
     * Drops older deployments once their last task has stopped. A failed one stays listed while
     * the rollback that replaces it is in progress, as in the console.
     */
    private void retireDrainedDeployments(EcsService s) {
        boolean rolling = s.primary().inProgress();
        for (int i = s.deployments.size() - 1; i >= 1; i--) {
            Deployment d = s.deployments.get(i);
            if (drained(s, d) && !(rolling && d.rolloutState.equals("FAILED"))) {
                d.status = "INACTIVE";
                d.updatedAt = ecs.now();
                s.deployments.remove(i);
            }
        }
        if (s.status.equals("DRAINING") && s.live.isEmpty()) {
            s.status = "INACTIVE";
        }
    }

    private static boolean drained(EcsService s, Deployment d) {
        for (Task t : s.live) {
            if (t.deployment == d) {
                return false;
            }
        }
        return true;
    }

    /** Marks a finished rollout and a reached steady state, each once, with their events. */
    private void settle(EcsService s) {
        Deployment primary = s.primary();
        if (!s.active() || s.deployments.stream().anyMatch(d -> d != primary && !drained(s, d))) {
            return;
        }
        EcsService.Counts c = s.counts(primary);
        boolean atDesired = c.running() == s.desiredCount && c.pending() == 0 && c.live() == s.desiredCount;
        if (!atDesired) {
            return;
        }
        long now = ecs.now();
        if (primary.inProgress()) {
            primary.rolloutState = "COMPLETED";
            primary.rolloutStateReason = "ECS deployment " + primary.id + " completed.";
            primary.updatedAt = now;
            s.lastCompleted = primary;
            ServiceDeployment sd = primary.serviceDeployment;
            if (sd.status.equals("ROLLBACK_IN_PROGRESS")) {
                sd.finish("ROLLBACK_SUCCESSFUL", "Service deployment rolled back because the circuit breaker threshold was exceeded.", now);
            } else if (sd.status.equals("IN_PROGRESS")) {
                sd.finish("SUCCESSFUL", null, now);
            }
            event(s, "(service " + s.name + ") (deployment " + primary.id + ") deployment completed.");
        }
        if (!s.steady && !primary.rolloutState.equals("FAILED") && s.live.size() == s.desiredCount) {
            s.steady = true;
            event(s, "(service " + s.name + ") has reached a steady state.");
        }
    }

    void event(EcsService s, String message) {
        s.event(ecs.ids.uuid(), ecs.now(), message);
    }

    private static String taskList(List<Task> tasks) {
        return tasks.stream().map(t -> "(task " + t.id + ")").collect(Collectors.joining(" "));
    }
}
