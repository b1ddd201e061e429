package dev.berth.core.model;

import java.util.List;

/** Application Auto Scaling on a service's desired count, with its policies. */
public record ScalableTarget(String resourceId, int minCapacity, int maxCapacity, boolean suspended,
                             List<ScalingPolicy> policies) {
    public ScalableTarget {
        Checks.require(resourceId, "resourceId");
        policies = Checks.list(policies);
    }

    /** A policy: its name, type (TargetTrackingScaling, StepScaling) and target value if tracking. */
    public record ScalingPolicy(String name, String type, String metric, Double targetValue) {
    }
}
