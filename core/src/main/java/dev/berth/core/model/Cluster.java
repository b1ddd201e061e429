package dev.berth.core.model;

import java.util.Map;

/** An ECS cluster with the counts DescribeClusters reports. */
public record Cluster(
        String arn,
        String name,
        String status,
        int activeServices,
        int runningTasks,
        int pendingTasks,
        int containerInstances,
        boolean containerInsights,
        Map<String, String> tags) {

    public Cluster {
        Checks.require(arn, "arn");
        Checks.require(name, "name");
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }
}
