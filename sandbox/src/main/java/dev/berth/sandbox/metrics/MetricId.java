package dev.berth.sandbox.metrics;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** A metric's identity: namespace, name and dimensions (kept sorted, so equal sets compare equal). */
public record MetricId(String namespace, String name, SortedMap<String, String> dimensions) implements Comparable<MetricId> {
    public MetricId {
        dimensions = Collections.unmodifiableSortedMap(new TreeMap<>(dimensions));
    }

    /** ListMetrics order: namespace, name, then dimensions. */
    String sortKey() {
        StringBuilder key = new StringBuilder(namespace).append('\u0000').append(name);
        dimensions.forEach((k, v) -> key.append('\u0000').append(k).append('=').append(v));
        return key.toString();
    }

    @Override
    public int compareTo(MetricId o) {
        return sortKey().compareTo(o.sortKey());
    }
}
