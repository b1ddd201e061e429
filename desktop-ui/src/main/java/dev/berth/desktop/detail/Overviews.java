package dev.berth.desktop.detail;

import dev.berth.core.model.Cluster;
import dev.berth.core.model.Container;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.Deployment;
import dev.berth.core.model.LoadBalancerRef;
import dev.berth.core.model.ScalableTarget;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import dev.berth.desktop.fx.Ages;
import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.tasks.TaskLists;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The Overview tab's fields for each kind of resource. */
public final class Overviews {
    private Overviews() {
    }

    public static List<Field> service(Service s, ScalableTarget scaling, Instant now) {
        List<Field> f = new ArrayList<>();
        Tone countTone = s.runningCount() < s.desiredCount() ? (s.runningCount() == 0 ? Tone.BAD : Tone.WARN) : Tone.GOOD;
        f.add(Field.toned("Tasks", s.runningCount() + " running of " + s.desiredCount() + " desired, " + s.pendingCount() + " pending", countTone));
        f.add(Field.of("Status", s.status() + (s.steady() ? " · steady" : " · rolling")));
        f.add(Field.of("Task definition", s.revision()));
        f.add(Field.of("Launch", s.launchType() != null ? s.launchType()
                : s.capacityProviders().stream().map(c -> c.provider() + " w" + c.weight() + (c.base() > 0 ? " b" + c.base() : ""))
                .collect(Collectors.joining(", "))));
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
        for (LoadBalancerRef lb : s.loadBalancers()) {
            f.add(Field.of("Load balancer", Objects.toString(lb.loadBalancerName(), shortArn(lb.targetGroupArn()))
                    + " → " + lb.containerName() + ":" + lb.containerPort()));
        }
        if (!s.network().subnets().isEmpty()) {
            f.add(Field.of("Subnets", String.join(", ", s.network().subnets())));
            f.add(Field.of("Security groups", String.join(", ", s.network().securityGroups())));
            f.add(Field.of("Public IP", s.network().assignPublicIp() ? "assigned" : "none"));
        }
        if (s.healthCheckGracePeriodSeconds() != null) {
            f.add(Field.of("Health check grace", s.healthCheckGracePeriodSeconds() + "s"));
        }
        f.add(Field.of("Created", Ages.dayClock(s.createdAt())));
        f.add(Field.of("ARN", s.arn()));
        return f;
    }

    /** How far the primary deployment has come, 0..1, or -1 when there is nothing to roll. */
    public static double rolloutProgress(Service s) {
        Deployment p = s.primaryDeployment();
        if (p == null || p.desiredCount() == 0) {
            return -1;
        }
        return Math.min(1.0, p.runningCount() / (double) p.desiredCount());
    }

    public static String rolloutText(Service s) {
        Deployment p = s.primaryDeployment();
        if (p == null) {
            return "no primary deployment";
        }
        return "Rollout of " + p.revision() + ": " + p.runningCount() + " of " + p.desiredCount() + " running"
                + (p.rolloutState() == null ? "" : " · " + p.rolloutState()) + (s.steady() ? " · steady" : "");
    }

    public static List<Field> task(Task t, Instant now) {
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
        f.add(Field.of("Launch", Objects.toString(t.launchType(), t.capacityProvider())));
        f.add(Field.of("CPU / memory", t.cpu() + " / " + t.memory()));
        f.add(Field.of("Zone / IP", t.availabilityZone() + " / " + t.privateIp()));
        f.add(Field.of("ARN", t.arn()));
        return f;
    }

    public static List<Field> instance(ContainerInstance i) {
        return List.of(
                Field.toned("Agent", i.agentConnected() ? "connected (" + i.agentVersion() + ")" : "DISCONNECTED",
                        i.agentConnected() ? Tone.GOOD : Tone.BAD),
                Field.of("Status", i.status()),
                Field.of("EC2 instance", i.ec2InstanceId()),
                Field.of("Tasks", i.runningTasks() + " running, " + i.pendingTasks() + " pending"),
                Field.of("CPU", i.remainingCpu() + " of " + i.registeredCpu() + " free"),
                Field.of("Memory", i.remainingMemory() + " of " + i.registeredMemory() + " MiB free"),
                Field.of("Zone", i.availabilityZone()),
                Field.of("Registered", Ages.dayClock(i.registeredAt())),
                Field.of("ARN", i.arn()));
    }

    public static List<Field> cluster(Cluster c) {
        return List.of(
                Field.of("Status", c.status()),
                Field.of("Services", c.activeServices()),
                Field.of("Tasks", c.runningTasks() + " running, " + c.pendingTasks() + " pending"),
                Field.of("Container instances", c.containerInstances()),
                Field.of("Container Insights", c.containerInsights() ? "on" : "off"),
                Field.of("ARN", c.arn()));
    }

    static String shortArn(String arn) {
        if (arn == null) {
            return null;
        }
        int slash = arn.indexOf('/');
        return slash < 0 ? arn : arn.substring(slash + 1);
    }
}
