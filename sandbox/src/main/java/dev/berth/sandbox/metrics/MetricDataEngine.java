package dev.berth.sandbox.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes MetricDataQueries over a time range: metric queries aggregate their datapoints per
 * period (from StartTime rounded as CloudWatch rounds it), expressions combine other queries'
 * results. Used by GetMetricData and by alarms that watch metric math.
 */
final class MetricDataEngine {
    /** A query's series, or why the sandbox has none for it (an expression it does not evaluate). */
    record Outcome(TimeSeries series, String unsupported) {
    }

    private final Map<String, MetricQuery> byId = new LinkedHashMap<>();
    private final Map<String, TimeSeries> done = new HashMap<>();
    private final Set<String> evaluating = new HashSet<>();
    private final Instant start;
    private final Instant end;
    private final Instant now;
    private final MetricStore store;

    private MetricDataEngine(List<MetricQuery> queries, Instant start, Instant end, Instant now, MetricStore store) {
        queries.forEach(q -> byId.put(q.id(), q));
        this.start = start;
        this.end = end;
        this.now = now;
        this.store = store;
    }

    /**
     * Every query's outcome by id, in query order. A wrong expression (bad syntax, unknown id, a
     * cycle) throws {@link MetricMathException}; one using math the sandbox lacks gets an outcome
     * saying so.
     */
    static Map<String, Outcome> run(List<MetricQuery> queries, Instant start, Instant end, Instant now, MetricStore store) {
        MetricDataEngine engine = new MetricDataEngine(queries, start, end, now, store);
        Map<String, Outcome> out = new LinkedHashMap<>();
        for (MetricQuery q : queries) {
            try {
                out.put(q.id(), new Outcome(engine.series(q.id()), null));
            } catch (MetricMathException e) {
                if (!e.unsupported()) {
                    throw new MetricMathException("Error in expression " + q.id() + ": " + e.getMessage(), false);
                }
                out.put(q.id(), new Outcome(null, e.getMessage()));
            }
        }
        return out;
    }

    private TimeSeries series(String id) {
        TimeSeries known = done.get(id);
        if (known != null) {
            return known;
        }
        MetricQuery q = byId.get(id);
        if (q == null) {
            return null;
        }
        if (!evaluating.add(id)) {
            throw new MetricMathException("the expressions refer to each other in a circle through '" + id + "'", false);
        }
        try {
            TimeSeries result = q.isExpression() ? MetricMath.evaluate(q.expression(), resolver()) : statSeries(q);
            done.put(id, result);
            return result;
        } finally {
            evaluating.remove(id);
        }
    }

    private TimeSeries statSeries(MetricQuery q) {
        Statistic statistic = q.statistic();
        Instant first = CloudWatchRequests.roundStart(start, q.period(), now);
        NavigableMap<Instant, Double> values = new TreeMap<>();
        store.aggregate(q.metric(), first, end, q.period(), q.unit()).forEach((t, d) -> {
            Double v = statistic.of(d);
            if (v != null) {
                values.put(t, v);
            }
        });
        return new TimeSeries(values, first, end, q.period());
    }

    private MetricMath.Resolver resolver() {
        return new MetricMath.Resolver() {
            @Override
            public TimeSeries series(String id) {
                return MetricDataEngine.this.series(id);
            }

            @Override
            public List<TimeSeries> metrics(String filter) {
                List<TimeSeries> out = new ArrayList<>();
                for (MetricQuery q : byId.values()) {
                    if (!q.isExpression() && (filter == null || q.id().contains(filter))) {
                        out.add(MetricDataEngine.this.series(q.id()));
                    }
                }
                return out;
            }
        };
    }
}
