package dev.berth.sandbox.scaling;

import dev.berth.sandbox.metrics.Datapoint;
import dev.berth.sandbox.metrics.MetricId;
import dev.berth.sandbox.ecs.EcsState;
import dev.berth.sandbox.sim.Region;
import dev.berth.sandbox.sim.RegionState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * One region's Application Auto Scaling for ECS services: scalable targets, their policies and the
 * activities they caused. Shares the region's ECS lock, since every action here changes a service.
 * Once a sandbox minute, target tracking policies read the service's AWS/ECS metric and change its
 * desired count within the target's bounds, as their CloudWatch alarms would.
 */
public final class ScalingState extends RegionState {
    static final String NAMESPACE = "ecs";
    static final String DIMENSION = "ecs:service:DesiredCount";
    static final int MAX_ACTIVITIES = 1000;
    private static final int HIGH_MINUTES = 3;
    private static final int LOW_MINUTES = 15;

    final NavigableMap<String, ScalableTarget> targets = new TreeMap<>();
    /** By resource id, then policy name. */
    final NavigableMap<String, ScalingPolicy> policies = new TreeMap<>();
    /** Newest first. */
    final List<ScalingActivity> activities = new ArrayList<>();

    public ScalingState(Region region) {
        super(region, 19);
        ecs().onEachMinute(this::evaluate);
    }

    static String policyKey(String resourceId, String name) {
        return resourceId + "\n" + name;
    }

    /** Sets the service's desired count and records why. Call under the lock. */
    void scale(ScalableTarget target, int count, String cause) {
        EcsState ecs = ecs();
        long now = ecs.now();
        ecs.setDesiredCount(target.cluster(), target.service(), count);
        activities.add(0, new ScalingActivity(ids().uuid(), target.resourceId, "Setting desired count to " + count + ".",
                cause, now, now + 1_500,
                "Successfully set desired count to " + count + ". Change successfully fulfilled by ecs."));
        if (activities.size() > MAX_ACTIVITIES) {
            activities.remove(activities.size() - 1);
        }
    }

    /** Brings the desired count within the target's bounds, as registering new bounds does. Call under the lock. */
    void clamp(ScalableTarget target) {
        OptionalInt desired = ecs().desiredCount(target.cluster(), target.service());
        if (desired.isEmpty()) {
            return;
        }
        if (desired.getAsInt() < target.minCapacity) {
            scale(target, target.minCapacity, "minimum capacity was set to " + target.minCapacity);
        } else if (desired.getAsInt() > target.maxCapacity) {
            scale(target, target.maxCapacity, "maximum capacity was set to " + target.maxCapacity);
        }
    }

    /** The minute that ended at {@code end}: each target tracking policy looks at its metric. Runs under the lock. */
    private void evaluate(long end) {
        for (ScalingPolicy p : policies.values()) {
            ScalableTarget target = targets.get(p.resourceId);
            if (!p.targetTracking() || target == null) {
                continue;
            }
            OptionalInt desired = ecs().desiredCount(target.cluster(), target.service());
            Double value = desired.isEmpty() ? null : average(target, p.metricName, end);
            if (value == null) {
                p.minutesHigh = 0;
                p.minutesLow = 0;
                continue;
            }
            p.minutesHigh = value > p.targetValue ? p.minutesHigh + 1 : 0;
            p.minutesLow = value < 0.9 * p.targetValue ? p.minutesLow + 1 : 0;
            int current = desired.getAsInt();
            int wanted = (int) Math.ceil(current * value / p.targetValue);
            if (p.minutesHigh >= HIGH_MINUTES && !target.scaleOutSuspended
                    && end - p.lastScaleOutAt >= p.scaleOutCooldownSeconds * 1000L) {
                int next = Math.min(target.maxCapacity, Math.max(target.minCapacity, wanted));
                if (next > current) {
                    scale(target, next, "monitor alarm " + p.highAlarm + " in state ALARM triggered policy " + p.name);
                    p.lastScaleOutAt = end;
                }
            } else if (p.minutesLow >= LOW_MINUTES && !p.disableScaleIn && !target.scaleInSuspended
                    && end - p.lastScaleInAt >= p.scaleInCooldownSeconds * 1000L) {
                int next = Math.max(target.minCapacity, Math.min(current - 1, wanted));
                if (next < current) {
                    scale(target, next, "monitor alarm " + p.lowAlarm + " in state ALARM triggered policy " + p.name);
                    p.lastScaleInAt = end;
                }
            }
        }
    }

    /** The service's average of {@code metric} over the minute before {@code end}, or null without data. */
    private Double average(ScalableTarget target, String metric, long end) {
        MetricId id = new MetricId("AWS/ECS", metric,
                new TreeMap<>(Map.of("ClusterName", target.cluster(), "ServiceName", target.service())));
        var points = region().metrics().range(id, Instant.ofEpochMilli(end - 60_000), Instant.ofEpochMilli(end));
        double sum = 0;
        double count = 0;
        for (Datapoint d : points.values()) {
            sum += d.sum();
            count += d.count();
        }
        return count == 0 ? null : sum / count;
    }
}
