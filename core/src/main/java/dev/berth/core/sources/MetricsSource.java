package dev.berth.core.sources;

import dev.berth.core.context.AwsContext;
import dev.berth.core.limit.ApiCategory;
import dev.berth.core.metrics.MetricData;
import dev.berth.core.metrics.MetricQuery;
import dev.berth.core.metrics.MetricSeries;
import dev.berth.core.model.MetricPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;

/** CloudWatch GetMetricData, {@value MetricData#MAX_QUERIES} queries per call, every page read. */
public final class MetricsSource implements MetricData {
    private final AwsContext ctx;

    public MetricsSource(AwsContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public List<MetricSeries> fetch(List<MetricQuery> queries, Instant start, Instant end) {
        Map<String, List<MetricPoint>> points = new LinkedHashMap<>();
        queries.forEach(q -> points.put(q.id(), new ArrayList<>()));
        for (List<MetricQuery> batch : Pages.batches(queries, MAX_QUERIES)) {
            List<MetricDataQuery> sdk = batch.stream().map(MetricsSource::query).toList();
            List<MetricDataResult> results = Pages.all(ctx, ApiCategory.METRICS, "cloudwatch:GetMetricData",
                    ctx.cloudWatch().getMetricDataPaginator(r -> r.metricDataQueries(sdk).startTime(start).endTime(end)
                            .scanBy(ScanBy.TIMESTAMP_ASCENDING)),
                    GetMetricDataResponse::metricDataResults);
            for (MetricDataResult r : results) {
                List<MetricPoint> into = points.get(r.id());
                if (into == null) {
                    continue;
                }
                for (int i = 0; i < Math.min(r.timestamps().size(), r.values().size()); i++) {
                    into.add(new MetricPoint(r.timestamps().get(i), r.values().get(i)));
                }
            }
        }
        List<MetricSeries> out = new ArrayList<>(points.size());
        points.forEach((id, p) -> {
            p.sort(java.util.Comparator.comparing(MetricPoint::at));
            out.add(new MetricSeries(id, p));
        });
        return out;
    }

    private static MetricDataQuery query(MetricQuery q) {
        List<Dimension> dims = q.dimensions().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> Dimension.builder().name(e.getKey()).value(e.getValue()).build()).toList();
        return MetricDataQuery.builder()
                .id(q.id())
                .returnData(true)
                .metricStat(MetricStat.builder()
                        .metric(Metric.builder().namespace(q.namespace()).metricName(q.metric()).dimensions(dims).build())
                        .period(q.periodSeconds())
                        .stat(q.stat())
                        .build())
                .build();
    }
}
