package dev.berth.sandbox.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CloudWatch metric data of one region: one series per namespace + name + dimensions, each a
 * time-ordered run of datapoints, plus the region's alarms. The control plane puts AWS/ECS
 * utilisation here every minute; PutMetricData writes the same store.
 *
 * <p>Like CloudWatch, standard-resolution data is kept per minute and high-resolution data per
 * second: datapoints put within the same minute (second) merge. Data older than 15 days before a
 * series' newest datapoint is dropped, and so is the oldest beyond {@link #MAX_POINTS_PER_SERIES}.
 */
public final class MetricStore {
    /** Two weeks of one-minute data. */
    public static final int MAX_POINTS_PER_SERIES = 20_160;
    private static final Duration RETENTION = Duration.ofDays(15);

    private final Map<MetricId, NavigableMap<Instant, Datapoint>> series = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private final AlarmBook alarms = new AlarmBook();

    /** One standard-resolution value, as the control plane reports AWS/ECS metrics. */
    public void put(String namespace, String name, Map<String, String> dimensions, Instant at, double value, String unit) {
        put(new MetricId(namespace, name, new TreeMap<>(dimensions)), at, Datapoint.of(value, unit), false);
    }

    /** Merges a datapoint into its series at {@code at}, truncated to the minute (or second if high resolution). */
    public void put(MetricId id, Instant at, Datapoint point, boolean highResolution) {
        Instant key = at.truncatedTo(highResolution ? ChronoUnit.SECONDS : ChronoUnit.MINUTES);
        NavigableMap<Instant, Datapoint> points = series.computeIfAbsent(id, k -> new ConcurrentSkipListMap<>());
        points.merge(key, point, Datapoint::merge);
        Instant newest = points.lastKey();
        points.headMap(newest.minus(RETENTION)).clear();
        while (points.size() > MAX_POINTS_PER_SERIES) {
            points.pollFirstEntry();
        }
        version.incrementAndGet();
    }

    /** Datapoints of one series in [from, to), or empty. */
    public NavigableMap<Instant, Datapoint> range(MetricId id, Instant from, Instant to) {
        NavigableMap<Instant, Datapoint> points = series.get(id);
        return points == null || !from.isBefore(to) ? new TreeMap<>() : points.subMap(from, true, to, false);
    }

    /**
     * The datapoints of [start, end) merged per period: bucket {@code k} starts at
     * {@code start + k * period}. Only datapoints of {@code unit} count if one is given (a datapoint
     * without a unit has unit {@code None}). Buckets without data are absent.
     */
    public NavigableMap<Instant, Datapoint> aggregate(MetricId id, Instant start, Instant end, long periodSeconds,
                                                      String unit) {
        NavigableMap<Instant, List<Datapoint>> parts = new TreeMap<>();
        for (Map.Entry<Instant, Datapoint> e : range(id, start, end).entrySet()) {
            Datapoint d = e.getValue();
            if (unit != null && !unit.equals(d.unit() == null ? "None" : d.unit())) {
                continue;
            }
            long k = Math.floorDiv(e.getKey().getEpochSecond() - start.getEpochSecond(), periodSeconds);
            parts.computeIfAbsent(start.plusSeconds(k * periodSeconds), t -> new ArrayList<>()).add(d);
        }
        NavigableMap<Instant, Datapoint> buckets = new TreeMap<>();
        parts.forEach((t, list) -> buckets.put(t, Datapoint.combine(list)));
        return buckets;
    }

    public Set<MetricId> metrics() {
        return series.keySet();
    }

    /** The timestamp of a series' newest datapoint, or null. */
    public Instant newest(MetricId id) {
        NavigableMap<Instant, Datapoint> points = series.get(id);
        return points == null || points.isEmpty() ? null : points.lastKey();
    }

    /** Grows with every put, so alarms know when to look again. */
    public long version() {
        return version.get();
    }

    AlarmBook alarms() {
        return alarms;
    }

    /** Brings every alarm's state up to sandbox time {@code now}; the control plane calls this each tick. */
    public void evaluateAlarms(Instant now) {
        alarms.evaluate(now, this);
    }
}
