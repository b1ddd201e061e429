package dev.berth.core.metrics;

import dev.berth.core.model.MetricPoint;
import java.util.List;

/** The answer to one {@link MetricQuery}: points in ascending time. */
public record MetricSeries(String id, List<MetricPoint> points) {
    public MetricSeries {
        points = List.copyOf(points);
    }
}
