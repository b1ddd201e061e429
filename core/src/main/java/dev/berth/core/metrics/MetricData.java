package dev.berth.core.metrics;

import java.time.Instant;
import java.util.List;

/** What metrics need from CloudWatch: GetMetricData over many queries. Implemented by {@code sources.MetricsSource}. */
public interface MetricData {
    /** GetMetricData allows this many queries per call. */
    int MAX_QUERIES = 500;

    /** Fetches every query's series over [start, end), in as few calls as the API allows. */
    List<MetricSeries> fetch(List<MetricQuery> queries, Instant start, Instant end);
}
