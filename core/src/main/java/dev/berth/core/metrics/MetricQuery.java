package dev.berth.core.metrics;

import java.util.Map;

/**
 * One metric series to fetch: namespace, name, dimensions, statistic and period. {@code id} must
 * start with a lower-case letter and hold only letters, digits and underscores (GetMetricData's rule).
 */
public record MetricQuery(String id, String namespace, String metric, Map<String, String> dimensions, String stat,
                          int periodSeconds) {
    public MetricQuery {
        if (id == null || !id.matches("[a-z][a-zA-Z0-9_]*")) {
            throw new IllegalArgumentException("metric query id must match [a-z][a-zA-Z0-9_]*, got " + id);
        }
        dimensions = Map.copyOf(dimensions);
    }
}
