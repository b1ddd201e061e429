package dev.berth.desktop.detail;

import dev.berth.core.model.Alarm;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.Container;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.Deployment;
import dev.berth.core.model.LoadBalancerRef;
import dev.berth.core.model.LoadBalancing;
import dev.berth.core.model.ScalableTarget;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskSet;
import dev.berth.desktop.alarms.AlarmSections;
import dev.berth.desktop.balancing.LoadBalancingSections;
import dev.berth.desktop.bluegreen.TaskSetSections;
import dev.berth.desktop.fx.Ages;
import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.network.NetworkSections;
import dev.berth.desktop.tasks.TaskLists;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The Overview tab's sections for each kind of resource. */
public final class Overviews {
    private Overviews() {
    }

    /**
     * A service's overview: its state and settings, its task sets when it is deployed blue/green
     * (with their traffic once {@code lb} is known), and the alarms on it ({@code alarms} null while
     * they load).
     */
    public static List<Section> service(Service s, ScalableTarget scaling, List<Alarm> alarms, LoadBalancing lb, Instant now) {
        List<Field> f = new ArrayList<>();
        Tone countTone = s.runningCount() < s.desiredCount() ? (s.runningCount() == 0 ? Tone.BAD : Tone.WARN) : Tone.GOOD;
        f.add(Field.toned("Tasks", s.runningCount() + " running of " + s.desiredCount() + " desired, " + s.pendingCount() + " pending", countTone));
        f.add(Field.of("Status", s.status() + (s.steady() ? " · steady" : " · rolling")));
        f.add(Field.of("Task definition", s.revision()));
        f.add(Field.of("Launch", NetworkSections.launchText(s)));
        f.add(Field.of("Deployment controller", TaskSetSections.controllerText(s.deploymentController())));
        for (Deployment d : s.deployments()) {
            Tone t = "FAILED".equals(d.rolloutState()) ? Tone.BAD : "COMPLETED".equals(d.rolloutState()) ? Tone.GOOD : Tone.INFO;
            f.add(Field.toned("Deployment " + d.status(), d.revision() + " · " + d.runningCount() + "/" + d.desiredCount()
                    + " running" + (d.pendingCount() > 0 ? ", " + d.pendingCount() + " pending" : "")
                    + (d.failedTasks() > 0 ? ", " + d.failedTasks() + " failed" : "")
                    + (d.rolloutState() == null ? "" : " · " + d.rolloutState())
                    + (d.rolloutStateReason() == null ? "" : " (" + d.rolloutStateReason() + ")")
                    + " · " + Ages.since(d.createdAt(), now) + " ago", t));
        }
        if (s.deploymentSettings() != null) {
            var ds = s.deploymentSettings();
            f.add(Field.of("Rollout settings", "min healthy " + ds.minimumHealthyPercent() + "%, max " + ds.maximumPercent()
                    + "%, circuit breaker " + (ds.circuitBreaker() ? "on" + (ds.rollback() ? " with rollback" : "") : "off")));
        }
        f.add(Field.of("Autoscaling", scaling == null ? "none" : scaling.minCapacity() + ".." + scaling.maxCapacity()
                + (scaling.suspended() ? " (suspended)" : "")
                + scaling.policies().stream().map(p -> p.name() + (p.targetValue() == null ? "" : " → " + p.metric() + " " + p.targetValue()))
                .collect(Collectors.joining(", ", scaling.policies().isEmpty() ? "" : " · ", ""))));
        for (LoadBalancerRef ref : s.loadBalancers()) {
            f.add(Field.of("Load balancer", Objects.toString(ref.loadBalancerName(), shortArn(ref.targetGroupArn()))
                    + " → " + ref.containerName() + ":" + ref.containerPort()));
        }
        if (s.healthCheckGracePeriodSeconds() != null) {
            f.add(Field.of("Health check grace", s.healthCheckGracePeriodSeconds() + "s"));
        }
        f.add(Field.of("Created", Ages.dayClock(s.createdAt())));
        f.add(Field.of("ARN", s.arn()));
        List<Section> out = new ArrayList<>();
        // A blue/green service is its task sets: they come first.
        Section sets = TaskSetSections.of(s, lb, now);
        if (sets != null) {
            out.add(sets);
        }
        Section alarmSection = alarms == null ? Section.note("alarms", "CloudWatch alarms", "Loading…") : AlarmSections.of(alarms, now);
        // An alarm in ALARM is news: above the settings.
        boolean firing = alarms != null && alarms.stream().anyMatch(Alarm::firing);
        if (firing) {
            out.add(alarmSection);
        }
        out.add(Section.of("service", "Service", countTone, f));
        if (!firing) {
            out.add(alarmSection);
        }
        return out;
    }

    /**
     * How far the primary deployment (for a blue/green service, the primary task set) has come,
     * 0..1, or -1 when there is nothing to roll.
     */
    public static double rolloutProgress(Service s) {
        TaskSet set = s.primaryTaskSet();
        if (set != null) {
            return set.computedDesiredCount() == 0 ? -1 : Math.min(1.0, set.runningCount() / (double) set.computedDesiredCount());
        }
        Deployment p = s.primaryDeployment();
        if (p == null || p.desiredCount() == 0) {
            return -1;
        }
        return Math.min(1.0, p.runningCount() / (double) p.desiredCount());
    }

    public static String rolloutText(Service s) {
        TaskSet set = s.primaryTaskSet();
        if (set != null) {
            return "Primary task set " + set.revision() + ": " + set.runningCount() + " of " + set.computedDesiredCount()
                    + " running · " + set.stabilityStatus() + " · " + s.taskSets().size() + " task sets";
        }
        Deployment p = s.primaryDeployment();
        if (p == null) {
            return "no primary deployment";
        }
        return "Rollout of " + p.revision() + ": " + p.runningCount() + " of " + p.desiredCount() + " running"
                + (p.rolloutState() == null ? "" : " · " + p.rolloutState()) + (s.steady() ? " · steady" : "");
    }

    /** A task's overview, and the load balancer targets it is registered as ({@code lb} null when not known). */
    public static List<Section> task(Task t, LoadBalancing lb, Instant now) {
        List<Field> f = new ArrayList<>();
        f.add(Field.toned("Status", t.lastStatus() + " (desired " + t.desiredStatus() + ")", TaskLists.tone(t)));
        f.add(Field.of("Health", t.healthStatus()));
        f.add(Field.of("Task definition", t.revision()));
        f.add(Field.of("Service", t.serviceName()));
        f.add(Field.of("Started", t.startedAt() == null ? null : Ages.dayClock(t.startedAt()) + " (" + Ages.since(t.startedAt(), now) + " ago)"));
        if (t.stopped() || t.stoppedReason() != null) {
            f.add(Field.toned("Stopped", Ages.dayClock(t.stoppedAt()) + " · " + Objects.toString(t.stopCode(), ""), TaskLists.tone(t)));
            f.add(Field.toned("Reason", t.stoppedReason(), TaskLists.tone(t)));
        }
        for (Container c : t.containers()) {
            Tone tone = c.exitCode() != null && c.exitCode() != 0 ? Tone.BAD : "RUNNING".equals(c.lastStatus()) ? Tone.GOOD : Tone.NEUTRAL;
            f.add(Field.toned("Container " + c.name(), c.lastStatus() + (c.exitCode() == null ? "" : " · exit " + c.exitCode())
                    + (c.reason() == null ? "" : " · " + c.reason()) + " · " + c.image(), tone));
        }
        f.add(Field.toned("Capacity", NetworkSections.capacity(t), "SpotInterruption".equals(t.stopCode()) ? Tone.WARN : Tone.NEUTRAL));
        f.add(Field.of("CPU / memory", t.cpu() + " / " + t.memory()));
        f.add(Field.of("Zone", t.availabilityZone()));
        f.add(Field.of("Private IP", t.privateIp()));
        if (t.networkInterfaceId() != null || t.subnetId() != null) {
            f.add(Field.of("Network interface", Objects.toString(t.networkInterfaceId(), "–") + " in " + Objects.toString(t.subnetId(), "–")));
        }
        if (t.containerInstanceArn() != null) {
            f.add(Field.of("Container instance", shortArn(t.containerInstanceArn())));
        }
        f.add(Field.of("ARN", t.arn()));
        List<Section> out = new ArrayList<>();
        out.add(Section.of("task", "Task", TaskLists.tone(t), f));
        Section targets = lb == null ? null : LoadBalancingSections.ofTask(lb, t.id());
        if (targets != null) {
            out.add(targets);
        }
        return out;
    }

    public static List<Section> instance(ContainerInstance i) {
        return List.of(Section.of("instance", "Container instance", i.agentConnected() ? Tone.NEUTRAL : Tone.BAD, List.of(
                Field.toned("Agent", i.agentConnected() ? "connected (" + i.agentVersion() + ")"
                                : "DISCONNECTED (agent " + i.agentVersion() + "): ECS places nothing here and cannot see its tasks",
                        i.agentConnected() ? Tone.GOOD : Tone.BAD),
                Field.of("Status", i.status()),
                Field.of("EC2 instance", i.ec2InstanceId()),
                Field.of("Tasks", i.runningTasks() + " running, " + i.pendingTasks() + " pending"),
                Field.of("CPU", i.remainingCpu() + " of " + i.registeredCpu() + " free"),
                Field.of("Memory", i.remainingMemory() + " of " + i.registeredMemory() + " MiB free"),
                Field.of("Zone", i.availabilityZone()),
                Field.of("Registered", Ages.dayClock(i.registeredAt())),
                Field.of("ARN", i.arn()))));
    }

    public static List<Section> cluster(Cluster c) {
        return List.of(Section.of("cluster", "Cluster", Tone.NEUTRAL, List.of(
                Field.of("Status", c.status()),
                Field.of("Services", c.activeServices()),
                Field.of("Tasks", c.runningTasks() + " running, " + c.pendingTasks() + " pending"),
                Field.of("Container instances", c.containerInstances()),
                Field.of("Container Insights", c.containerInsights() ? "on: per-task CPU and memory, utilized of reserved" : "off"),
                Field.of("ARN", c.arn()))));
    }

    static String shortArn(String arn) {
        if (arn == null) {
            return null;
        }
        int slash = arn.indexOf('/');
        return slash < 0 ? arn : arn.substring(slash + 1);
    }
}
