package dev.berth.sandbox.metrics;

import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CloudWatch metric data of one region: one series per namespace + name + dimensions, each a
 * time-ordered run of datapoints. The control plane puts AWS/ECS utilisation here every minute;
 * PutMetricData writes the same store.
 */
public final class MetricStore {
    private final Map<MetricId, NavigableMap<Instant, Datapoint>> series = new ConcurrentHashMap<>();

    /** A metric's identity; dimensions kept sorted so equal sets compare equal. */
    public record MetricId(String namespace, String name, SortedMap<String, String> dimensions) {
        public MetricId {
            dimensions = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(dimensions));
        }
    }

    /** Aggregated values at one timestamp (several puts at the same time merge, as in CloudWatch). */
    public record Datapoint(double sum, double count, double min, double max, String unit) {
        Datapoint merge(double value) {
            return new Datapoint(sum + value, count + 1, Math.min(min, value), Math.max(max, value), unit);
        }
    }

    public void put(String namespace, String name, Map<String, String> dimensions, Instant at, double value, String unit) {
        MetricId id = new MetricId(namespace, name, new TreeMap<>(dimensions));
        NavigableMap<Instant, Datapoint> points = series.computeIfAbsent(id, k -> new java.util.concurrent.ConcurrentSkipListMap<>());
        points.merge(at, new Datapoint(value, 1, value, value, unit), (old, fresh) -> old.merge(value));
    }

    /** Datapoints of one series in [from, to), or empty. */
    public NavigableMap<Instant, Datapoint> range(MetricId id, Instant from, Instant to) {
        NavigableMap<Instant, Datapoint> points = series.get(id);
        return points == null ? new TreeMap<>() : points.subMap(from, true, to, false);
    }

    public java.util.Set<MetricId> metrics() {
        return series.keySet();
    }
}
