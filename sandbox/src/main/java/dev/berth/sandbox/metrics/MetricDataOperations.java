package dev.berth.sandbox.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.Call;
import dev.berth.sandbox.wire.Input;
import dev.berth.sandbox.wire.JsonCodec;
import dev.berth.sandbox.wire.MapNode;
import dev.berth.sandbox.wire.PageToken;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** PutMetricData, GetMetricStatistics, GetMetricData and ListMetrics. */
final class MetricDataOperations {
    private static final int MAX_DATUMS = 1_000;
    private static final int MAX_VALUES = 150;
    private static final double MAX_MAGNITUDE = Math.pow(2, 360);
    private static final Duration MAX_AGE = Duration.ofDays(14);
    private static final Duration MAX_AHEAD = Duration.ofHours(2);
    private static final int MAX_STATISTICS = 5;
    private static final int MAX_EXTENDED_STATISTICS = 10;
    private static final int MAX_STATISTICS_DATAPOINTS = 1_440;
    private static final int DEFAULT_MAX_DATAPOINTS = 100_800;
    private static final int LIST_PAGE = 500;
    private static final int MAX_DIMENSION_FILTERS = 10;
    private static final String METRICS_TOKEN = "metrics";
    private static final String DATA_TOKEN = "data";

    private final World world;

    MetricDataOperations(World world) {
        this.world = world;
    }

    /** Checks every datum first, so a bad one stores none. */
    JsonNode putMetricData(Call call) {
        Input in = call.input();
        String namespace = CloudWatchRequests.requireString(in, "Namespace", "Namespace");
        if (namespace.startsWith("AWS/") || namespace.length() > 255) {
            throw CloudWatchRequests.invalidValue(namespace, "Namespace");
        }
        List<Input> data = new ArrayList<>(in.list("MetricData"));
        for (Input entity : in.list("EntityMetricData")) {
            data.addAll(entity.list("MetricData"));
        }
        if (data.isEmpty()) {
            throw CloudWatchRequests.missing("MetricData");
        }
        if (data.size() > MAX_DATUMS) {
            throw CloudWatchRequests.invalidValue("The collection MetricData must not have a size greater than " + MAX_DATUMS + ".");
        }
        Instant now = world.now();
        record Put(MetricId id, Instant at, Datapoint point, boolean highResolution) {
        }
        List<Put> puts = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            Input d = data.get(i);
            String member = "MetricData.member." + (i + 1);
            String name = CloudWatchRequests.requireString(d, "MetricName", member + ".MetricName");
            SortedMap<String, String> dimensions = CloudWatchRequests.dimensions(d, member + ".Dimensions");
            String unit = CloudWatchRequests.unit(d, member + ".Unit");
            Instant at = d.instant("Timestamp");
            at = at == null ? now : at;
            if (at.isAfter(now.plus(MAX_AHEAD))) {
                throw CloudWatchRequests.invalidValue("The parameter " + member
                        + ".Timestamp must specify a time no more than two hours in the future.");
            }
            if (at.isBefore(now.minus(MAX_AGE))) {
                throw CloudWatchRequests.invalidValue("The parameter " + member
                        + ".Timestamp must specify a time no more than two weeks in the past.");
            }
            int resolution = d.integer("StorageResolution", 60);
            if (resolution != 1 && resolution != 60) {
                throw CloudWatchRequests.invalidValue(resolution, member + ".StorageResolution");
            }
            puts.add(new Put(new MetricId(namespace, name, dimensions), at, datapoint(d, member, unit), resolution == 1));
        }
        MetricStore store = world.region(call.region()).metrics();
        puts.forEach(p -> store.put(p.id, p.at, p.point, p.highResolution));
        return JsonCodec.MAPPER.createObjectNode();
    }

    /** Exactly one of Value, Values (with Counts) and StatisticValues. */
    private static Datapoint datapoint(Input d, String member, String unit) {
        boolean hasValue = d.has("Value");
        boolean hasValues = !d.list("Values").isEmpty();
        boolean hasStatistics = d.has("StatisticValues");
        if (hasValue && hasValues) {
            throw CloudWatchRequests.invalidValue("The parameters " + member + ".Value and " + member
                    + ".Values are mutually exclusive and you have specified both.");
        }
        if (hasStatistics && (hasValue || hasValues)) {
            throw CloudWatchRequests.combination("The parameters " + member + (hasValue ? ".Value" : ".Values")
                    + " and " + member + ".StatisticValues are mutually exclusive and you have specified both.");
        }
        if (hasValue) {
            return Datapoint.of(finite(d.number("Value"), member + ".Value"), unit);
        }
        if (hasValues) {
            List<Input> values = d.list("Values");
            List<Input> counts = d.list("Counts");
            if (values.size() > MAX_VALUES) {
                throw CloudWatchRequests.invalidValue("The collection " + member + ".Values must not have a size greater than "
                        + MAX_VALUES + ".");
            }
            if (!counts.isEmpty() && counts.size() != values.size()) {
                throw CloudWatchRequests.invalidValue("The parameters " + member + ".Values and " + member
                        + ".Counts must be of the same size.");
            }
            double[] v = new double[values.size()];
            double[] c = new double[values.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = finite(number(values.get(i), member + ".Values"), member + ".Values");
                c[i] = counts.isEmpty() ? 1 : finite(number(counts.get(i), member + ".Counts"), member + ".Counts");
                if (c[i] < 0) {
                    throw CloudWatchRequests.invalidValue(c[i], member + ".Counts");
                }
            }
            return Datapoint.ofValues(v, c, unit);
        }
        if (hasStatistics) {
            Input s = d.object("StatisticValues");
            String prefix = member + ".StatisticValues.";
            double count = finite(required(s, "SampleCount", prefix), prefix + "SampleCount");
            double sum = finite(required(s, "Sum", prefix), prefix + "Sum");
            double min = finite(required(s, "Minimum", prefix), prefix + "Minimum");
            double max = finite(required(s, "Maximum", prefix), prefix + "Maximum");
            if (count <= 0 || min > max) {
                throw CloudWatchRequests.invalidValue("The parameter " + member
                        + ".StatisticValues needs a positive SampleCount and Minimum <= Maximum.");
            }
            return Datapoint.ofStatistics(count, sum, min, max, unit);
        }
        throw CloudWatchRequests.missing(member + ".Value");
    }

    private static double required(Input s, String field, String prefix) {
        Double v = s.number(field);
        if (v == null) {
            throw CloudWatchRequests.missing(prefix + field);
        }
        return v;
    }

    private static double number(Input item, String parameter) {
        try {
            return item.node().isNumber() ? item.node().asDouble() : Double.parseDouble(item.text());
        } catch (NumberFormatException | NullPointerException e) {
            throw CloudWatchRequests.invalidValue(item.text(), parameter);
        }
    }

    private static double finite(double v, String parameter) {
        if (!Double.isFinite(v) || Math.abs(v) > MAX_MAGNITUDE) {
            throw CloudWatchRequests.invalidValue(v, parameter);
        }
        return v;
    }

    JsonNode getMetricStatistics(Call call) {
        Input in = call.input();
        String namespace = CloudWatchRequests.requireString(in, "Namespace", "Namespace");
        String name = CloudWatchRequests.requireString(in, "MetricName", "MetricName");
        Instant start = CloudWatchRequests.requireTime(in, "StartTime");
        Instant end = CloudWatchRequests.requireTime(in, "EndTime");
        Integer period = in.integer("Period");
        if (period == null) {
            throw CloudWatchRequests.missing("Period");
        }
        if (!CloudWatchRequests.validPeriod(period)) {
            throw CloudWatchRequests.invalidValue("The parameter Period must be 1, 5, 10, 20, 30, 60 or a multiple of 60.");
        }
        List<Statistic> statistics = statistics(in);
        String unit = CloudWatchRequests.unit(in, "Unit");
        SortedMap<String, String> dimensions = CloudWatchRequests.dimensions(in, "Dimensions");
        if (start.equals(end)) {
            throw CloudWatchRequests.invalidValue("The parameter StartTime must not equal parameter EndTime.");
        }
        if (start.isAfter(end)) {
            throw CloudWatchRequests.invalidValue("The parameter StartTime must be less than the parameter EndTime.");
        }
        Instant first = CloudWatchRequests.roundStart(start, period, world.now());
        long requested = Math.ceilDiv(Duration.between(first, end).getSeconds(), period);
        if (requested > MAX_STATISTICS_DATAPOINTS) {
            throw CloudWatchRequests.combination("You have requested up to " + requested
                    + " datapoints, which exceeds the limit of " + MAX_STATISTICS_DATAPOINTS
                    + ". You may reduce the datapoints requested by increasing Period, or decreasing the time range.");
        }

        MetricStore store = world.region(call.region()).metrics();
        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        out.put("Label", name);
        ArrayNode rows = out.putArray("Datapoints");
        store.aggregate(new MetricId(namespace, name, dimensions), first, end, period, unit).forEach((t, d) -> {
            ObjectNode row = rows.addObject();
            row.set("Timestamp", new POJONode(t));
            MapNode extended = new MapNode();
            for (Statistic s : statistics) {
                Double v = s.of(d);
                if (v != null) {
                    if (s.isPercentile()) {
                        extended.put(s.name(), v);
                    } else {
                        row.put(s.name(), v);
                    }
                }
            }
            row.put("Unit", d.unit() == null ? "None" : d.unit());
            if (!extended.isEmpty()) {
                row.set("ExtendedStatistics", extended);
            }
        });
        return out;
    }

    /** Statistics or ExtendedStatistics, not both. */
    private static List<Statistic> statistics(Input in) {
        List<String> simple = in.strings("Statistics");
        List<String> extended = in.strings("ExtendedStatistics");
        if (simple.isEmpty() == extended.isEmpty()) {
            throw CloudWatchRequests.combination("Must specify either Statistics or ExtendedStatistics, but not both.");
        }
        if (simple.size() > MAX_STATISTICS) {
            throw CloudWatchRequests.invalidValue("The collection Statistics must not have a size greater than " + MAX_STATISTICS + ".");
        }
        if (extended.size() > MAX_EXTENDED_STATISTICS) {
            throw CloudWatchRequests.invalidValue("The collection ExtendedStatistics must not have a size greater than "
                    + MAX_EXTENDED_STATISTICS + ".");
        }
        List<Statistic> out = new ArrayList<>();
        for (int i = 0; i < simple.size(); i++) {
            String s = simple.get(i);
            Statistic stat = Statistic.parse(s).filter(x -> !x.isPercentile())
                    .orElseThrow(() -> CloudWatchRequests.invalidValue(s, "Statistics.member." + (out.size() + 1)));
            out.add(stat);
        }
        for (int i = 0; i < extended.size(); i++) {
            String s = extended.get(i);
            int index = i + 1;
            out.add(Statistic.percentile(s).orElseThrow(() -> CloudWatchRequests.invalidValue(
                    "The value " + s + " for parameter ExtendedStatistics.member." + index + " is not supported.")));
        }
        return out;
    }

    JsonNode listMetrics(Call call) {
        Input in = call.input();
        String namespace = in.string("Namespace");
        String name = in.string("MetricName");
        List<Input> filters = in.list("Dimensions");
        if (filters.size() > MAX_DIMENSION_FILTERS) {
            throw CloudWatchRequests.invalidValue("The collection Dimensions must not have a size greater than "
                    + MAX_DIMENSION_FILTERS + ".");
        }
        for (int i = 0; i < filters.size(); i++) {
            CloudWatchRequests.requireString(filters.get(i), "Name", "Dimensions.member." + (i + 1) + ".Name");
        }
        String recentlyActive = in.string("RecentlyActive");
        if (recentlyActive != null && !recentlyActive.equals("PT3H")) {
            throw CloudWatchRequests.invalidValue(recentlyActive, "RecentlyActive");
        }
        String token = in.string("NextToken");
        String after = token == null ? null
                : PageToken.decode(token, METRICS_TOKEN, 1, CloudWatchRequests.invalidNextToken()).getFirst();
        Instant cutoff = world.now().minus(recentlyActive != null ? Duration.ofHours(3) : MAX_AGE);

        MetricStore store = world.region(call.region()).metrics();
        List<MetricId> matching = store.metrics().stream()
                .filter(m -> namespace == null || namespace.equals(m.namespace()))
                .filter(m -> name == null || name.equals(m.name()))
                .filter(m -> filters.stream().allMatch(f -> hasDimension(m, f)))
                .filter(m -> after == null || m.sortKey().compareTo(after) > 0)
                .filter(m -> {
                    Instant newest = store.newest(m);
                    return newest != null && !newest.isBefore(cutoff);
                })
                .sorted(Comparator.comparing(MetricId::sortKey))
                .limit(LIST_PAGE + 1L)
                .toList();

        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        ArrayNode rows = out.putArray("Metrics");
        for (MetricId m : matching.subList(0, Math.min(LIST_PAGE, matching.size()))) {
            ObjectNode row = rows.addObject();
            row.put("Namespace", m.namespace());
            row.put("MetricName", m.name());
            row.set("Dimensions", CloudWatchRequests.dimensionsJson(m.dimensions()));
        }
        if (matching.size() > LIST_PAGE) {
            out.put("NextToken", PageToken.encode(METRICS_TOKEN, matching.get(LIST_PAGE - 1).sortKey()));
        }
        return out;
    }

    private static boolean hasDimension(MetricId m, Input filter) {
        String value = m.dimensions().get(filter.string("Name"));
        return value != null && (filter.string("Value") == null || value.equals(filter.string("Value")));
    }

    /**
     * Results of the ReturnData queries in query order, each in ScanBy order, MaxDatapoints at a
     * time across all of them. The token says which query to go on with and after which timestamp.
     */
    JsonNode getMetricData(Call call) {
        Input in = call.input();
        if (!in.has("MetricDataQueries")) {
            throw CloudWatchRequests.validation("The parameter MetricDataQueries is required.");
        }
        List<MetricQuery> queries = MetricQuery.parse(in.list("MetricDataQueries"), "MetricDataQueries");
        Instant start = in.instant("StartTime");
        Instant end = in.instant("EndTime");
        if (start == null || end == null) {
            throw CloudWatchRequests.validation("The parameters StartTime and EndTime are required.");
        }
        if (start.equals(end)) {
            throw CloudWatchRequests.validation("The parameter StartTime must not equal parameter EndTime.");
        }
        if (start.isAfter(end)) {
            throw CloudWatchRequests.validation("The parameter EndTime must be greater than StartTime.");
        }
        String scanBy = in.string("ScanBy", "TimestampDescending");
        if (!scanBy.equals("TimestampDescending") && !scanBy.equals("TimestampAscending")) {
            throw CloudWatchRequests.validation("The value " + scanBy + " for parameter ScanBy is invalid.");
        }
        boolean descending = scanBy.equals("TimestampDescending");
        int maxDatapoints = in.integer("MaxDatapoints", DEFAULT_MAX_DATAPOINTS);
        if (maxDatapoints < 1) {
            throw CloudWatchRequests.validation("The value " + maxDatapoints + " for parameter MaxDatapoints is invalid.");
        }

        Map<String, MetricDataEngine.Outcome> outcomes;
        try {
            outcomes = MetricDataEngine.run(queries, start, end, world.now(), world.region(call.region()).metrics());
        } catch (MetricMathException e) {
            throw CloudWatchRequests.validation(e.getMessage());
        }
        List<MetricQuery> returned = queries.stream().filter(MetricQuery::returnData).toList();

        int firstQuery = 0;
        Instant after = null;
        String token = in.string("NextToken");
        if (token != null) {
            List<String> f = PageToken.decode(token, DATA_TOKEN, 2, CloudWatchRequests.invalidNextToken());
            firstQuery = (int) PageToken.number(f.get(0), CloudWatchRequests.invalidNextToken());
            after = f.get(1).isEmpty() ? null
                    : Instant.ofEpochSecond(PageToken.number(f.get(1), CloudWatchRequests.invalidNextToken()));
            if (firstQuery < 0 || firstQuery >= returned.size()) {
                throw CloudWatchRequests.invalidNextToken();
            }
        }

        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        ArrayNode results = out.putArray("MetricDataResults");
        int budget = maxDatapoints;
        String nextToken = null;
        for (int i = 0; i < returned.size(); i++) {
            MetricQuery q = returned.get(i);
            MetricDataEngine.Outcome outcome = outcomes.get(q.id());
            ObjectNode r = results.addObject();
            r.put("Id", q.id());
            r.put("Label", q.labelOrDefault());
            ArrayNode timestamps = r.putArray("Timestamps");
            ArrayNode values = r.putArray("Values");
            ArrayNode messages = JsonCodec.MAPPER.createArrayNode();
            if (outcome.unsupported() != null) {
                r.put("StatusCode", "InternalError");
                messages.addObject().put("Code", "Unsupported").put("Value", outcome.unsupported());
                r.set("Messages", messages);
                continue;
            }
            List<Map.Entry<Instant, Double>> points = new ArrayList<>(
                    (descending ? outcome.series().values().descendingMap() : outcome.series().values()).entrySet());
            if (i < firstQuery) {
                points.clear();
            } else if (i == firstQuery && after != null) {
                Instant cursor = after;
                points.removeIf(p -> descending ? !p.getKey().isBefore(cursor) : !p.getKey().isAfter(cursor));
            }
            int take = Math.min(budget, points.size());
            for (Map.Entry<Instant, Double> p : points.subList(0, take)) {
                timestamps.add(new POJONode(p.getKey()));
                values.add(p.getValue());
            }
            budget -= take;
            boolean complete = take == points.size();
            r.put("StatusCode", complete ? "Complete" : "PartialData");
            r.set("Messages", messages);
            if (!complete && nextToken == null) {
                Instant last = take > 0 ? points.get(take - 1).getKey() : i == firstQuery ? after : null;
                nextToken = PageToken.encode(DATA_TOKEN, i, last == null ? "" : String.valueOf(last.getEpochSecond()));
            }
        }
        if (nextToken != null) {
            out.put("NextToken", nextToken);
        }
        out.putArray("Messages");
        return out;
    }
}
