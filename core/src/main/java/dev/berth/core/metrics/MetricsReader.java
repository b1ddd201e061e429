package dev.berth.core.metrics;

import dev.berth.core.model.MetricPoint;
import dev.berth.core.model.ServiceMetrics;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU and memory utilisation of a cluster and its services over a window, from as few GetMetricData
 * calls as possible: every series of every service goes into one request list that the source cuts
 * at {@value MetricData#MAX_QUERIES} queries. With Container Insights on, utilisation comes from
 * ECS/ContainerInsights (utilized / reserved); services it has no data for fall back to AWS/ECS
 * CPUUtilization and MemoryUtilization in one more round.
 */
public final class MetricsReader {
    static final String ECS = "AWS/ECS";
    static final String INSIGHTS = "ECS/ContainerInsights";

    private final MetricData data;

    public MetricsReader(MetricData data) {
        this.data = data;
    }

    /** The period that keeps a window's series short: one minute up to 3 h, five up to a day, then hours. */
    public static int periodFor(Duration window) {
        if (window.compareTo(Duration.ofHours(3)) <= 0) {
            return 60;
        }
        if (window.compareTo(Duration.ofHours(24)) <= 0) {
            return 300;
        }
        return window.compareTo(Duration.ofDays(15)) <= 0 ? 3600 : 86_400;
    }

    /**
     * Metrics of the cluster (first, {@code service} null) and of each service, in the order given.
     *
     * @param cluster cluster name or ARN
     */
    public List<ServiceMetrics> read(String cluster, List<String> services, Duration window,
                                     boolean containerInsights, Instant now) {
        String clusterName = cluster.substring(cluster.lastIndexOf('/') + 1);
        int period = periodFor(window);
        Instant end = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        Instant start = end.minus(window);
        List<String> targets = new ArrayList<>();
        targets.add(null);
        targets.addAll(services);

        Map<Integer, Series> result = new HashMap<>();
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            pending.add(i);
        }
        if (containerInsights) {
            result.putAll(fetch(clusterName, targets, pending, period, start, end, true));
            pending = pending.stream().filter(i -> result.get(i) == null || result.get(i).empty()).toList();
        }
        if (!pending.isEmpty()) {
            result.putAll(fetch(clusterName, targets, pending, period, start, end, false));
        }
        List<ServiceMetrics> out = new ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            Series s = result.getOrDefault(i, new Series(List.of(), List.of()));
            out.add(new ServiceMetrics(clusterName, targets.get(i), s.cpu, s.memory));
        }
        return out;
    }

    private record Series(List<MetricPoint> cpu, List<MetricPoint> memory) {
        boolean empty() {
            return cpu.isEmpty() && memory.isEmpty();
        }
    }

    private Map<Integer, Series> fetch(String cluster, List<String> targets, List<Integer> which, int period,
                                       Instant start, Instant end, boolean insights) {
        List<MetricQuery> queries = new ArrayList<>();
        for (int i : which) {
            Map<String, String> dims = targets.get(i) == null
                    ? Map.of("ClusterName", cluster)
                    : Map.of("ClusterName", cluster, "ServiceName", targets.get(i));
            if (insights) {
                queries.add(new MetricQuery("s" + i + "_cpuu", INSIGHTS, "CpuUtilized", dims, "Average", period));
                queries.add(new MetricQuery("s" + i + "_cpur", INSIGHTS, "CpuReserved", dims, "Average", period));
                queries.add(new MetricQuery("s" + i + "_memu", INSIGHTS, "MemoryUtilized", dims, "Average", period));
                queries.add(new MetricQuery("s" + i + "_memr", INSIGHTS, "MemoryReserved", dims, "Average", period));
            } else {
                queries.add(new MetricQuery("s" + i + "_cpu", ECS, "CPUUtilization", dims, "Average", period));
                queries.add(new MetricQuery("s" + i + "_mem", ECS, "MemoryUtilization", dims, "Average", period));
            }
        }
        Map<String, List<MetricPoint>> byId = new HashMap<>();
        for (MetricSeries s : data.fetch(queries, start, end)) {
            byId.put(s.id(), s.points());
        }
        Map<Integer, Series> out = new HashMap<>();
        for (int i : which) {
            String p = "s" + i + "_";
            out.put(i, insights
                    ? new Series(ratio(byId.get(p + "cpuu"), byId.get(p + "cpur")), ratio(byId.get(p + "memu"), byId.get(p + "memr")))
                    : new Series(orEmpty(byId.get(p + "cpu")), orEmpty(byId.get(p + "mem"))));
        }
        return out;
    }

    /** utilized / reserved × 100 at each timestamp both series have. */
    static List<MetricPoint> ratio(List<MetricPoint> used, List<MetricPoint> reserved) {
        if (used == null || reserved == null) {
            return List.of();
        }
        Map<Instant, Double> res = new TreeMap<>();
        reserved.forEach(p -> res.put(p.at(), p.value()));
        List<MetricPoint> out = new ArrayList<>();
        for (MetricPoint u : used) {
            Double r = res.get(u.at());
            if (r != null && r > 0) {
                out.add(new MetricPoint(u.at(), u.value() / r * 100.0));
            }
        }
        return out;
    }

    private static List<MetricPoint> orEmpty(List<MetricPoint> p) {
        return p == null ? List.of() : p;
    }
}
