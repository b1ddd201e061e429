package dev.berth.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.model.MetricPoint;
import dev.berth.core.model.ServiceMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MetricsReaderTest {
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:30Z");
    private final List<List<MetricQuery>> calls = new ArrayList<>();

    /** Answers every query with one point: 10 for CPU ids, 20 for memory, utilized 30 of reserved 60 for Insights. */
    private final MetricData cloudWatch = (queries, start, end) -> {
        for (int i = 0; i < queries.size(); i += MetricData.MAX_QUERIES) {
            calls.add(queries.subList(i, Math.min(queries.size(), i + MetricData.MAX_QUERIES)));
        }
        return queries.stream().map(q -> new MetricSeries(q.id(), q.namespace().equals(MetricsReader.INSIGHTS)
                && q.dimensions().getOrDefault("ServiceName", "").equals("no-insights") ? List.of()
                : List.of(new MetricPoint(NOW.minusSeconds(60), switch (q.metric()) {
                    case "CPUUtilization" -> 10.0;
                    case "MemoryUtilization" -> 20.0;
                    case "CpuUtilized", "MemoryUtilized" -> 30.0;
                    default -> 60.0;
                })))).toList();
    };

    @Test
    void allServicesGoInAsFewCallsAsTheApiAllows() {
        List<String> services = IntStream.range(0, 600).mapToObj(i -> "svc-" + i).toList();
        List<ServiceMetrics> out = new MetricsReader(cloudWatch).read("prod", services, Duration.ofHours(1), false, NOW);
        assertThat(calls).hasSize(3).allSatisfy(c -> assertThat(c.size()).isLessThanOrEqualTo(500));
        assertThat(calls.stream().mapToInt(List::size).sum()).isEqualTo(2 * 601);
        assertThat(out).hasSize(601);
        assertThat(out.get(0).service()).as("the cluster first").isNull();
        assertThat(out.get(1).service()).isEqualTo("svc-0");
        assertThat(out.get(1).latestCpu()).isEqualTo(10.0);
        assertThat(out.get(1).latestMemory()).isEqualTo(20.0);
        assertThat(calls.get(0)).allSatisfy(q -> {
            assertThat(q.stat()).isEqualTo("Average");
            assertThat(q.periodSeconds()).isEqualTo(60);
        });
    }

    @Test
    void containerInsightsGivesUtilisationAndServicesWithoutItFallBack() {
        List<ServiceMetrics> out = new MetricsReader(cloudWatch).read("arn:aws:ecs:us-east-1:1:cluster/prod",
                List.of("web", "no-insights"), Duration.ofHours(3), true, NOW);
        assertThat(out.get(1).latestCpu()).as("30 of 60 reserved").isEqualTo(50.0);
        assertThat(out.get(2).latestCpu()).as("AWS/ECS fallback").isEqualTo(10.0);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1)).extracting(MetricQuery::namespace).containsOnly(MetricsReader.ECS);
        assertThat(calls.get(0)).allSatisfy(q -> assertThat(q.dimensions()).containsEntry("ClusterName", "prod"));
    }

    @Test
    void longerWindowsUseLongerPeriods() {
        assertThat(MetricsReader.periodFor(Duration.ofHours(1))).isEqualTo(60);
        assertThat(MetricsReader.periodFor(Duration.ofHours(12))).isEqualTo(300);
        assertThat(MetricsReader.periodFor(Duration.ofDays(7))).isEqualTo(3600);
    }
}
