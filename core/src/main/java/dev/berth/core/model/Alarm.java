package dev.berth.core.model;

import java.time.Instant;
import java.util.Map;

/**
 * A CloudWatch metric alarm and its state.
 *
 * @param state      OK, ALARM or INSUFFICIENT_DATA
 * @param dimensions the watched metric's dimensions (empty for metric-math alarms)
 */
public record Alarm(String name, String arn, String description, String state, String stateReason, Instant stateUpdatedAt,
                    String namespace, String metricName, Map<String, String> dimensions, String statistic, Double threshold,
                    String comparisonOperator, Integer periodSeconds, Integer evaluationPeriods) {
    public Alarm {
        Checks.require(name, "name");
        Checks.require(state, "state");
        dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
    }

    public boolean firing() {
        return "ALARM".equals(state);
    }

    /** True when the alarm watches a metric of this ECS cluster (and service, when one is given). */
    public boolean watches(String cluster, String service) {
        return cluster.equals(dimensions.get("ClusterName")) && (service == null || service.equals(dimensions.get("ServiceName")));
    }
}
