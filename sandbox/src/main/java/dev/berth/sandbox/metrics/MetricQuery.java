package dev.berth.sandbox.metrics;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.wire.Input;
import dev.berth.sandbox.wire.JsonCodec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One MetricDataQuery (of GetMetricData, or of an alarm's Metrics): either a metric with a
 * statistic and period, or a metric math expression over other queries' ids.
 */
record MetricQuery(String id, MetricId metric, String stat, Integer period, String unit, String expression,
                   String label, boolean returnData) {
    static final int MAX_QUERIES = 500;
    private static final Pattern ID = Pattern.compile("[a-z][a-zA-Z0-9_]*");
    private static final int MAX_EXPRESSION = 2048;

    boolean isExpression() {
        return expression != null;
    }

    Statistic statistic() {
        return Statistic.parse(stat).orElseThrow();
    }

    /** The label CloudWatch shows when none was given: the metric name, or the id of an expression. */
    String labelOrDefault() {
        return label != null ? label : isExpression() ? id : metric.name();
    }

    /** Reads and checks queries; {@code parameter} names the list in error messages. */
    static List<MetricQuery> parse(List<Input> queries, String parameter) {
        if (queries.size() > MAX_QUERIES) {
            throw CloudWatchRequests.validation("The collection " + parameter + " must not have a size greater than "
                    + MAX_QUERIES + ".");
        }
        List<MetricQuery> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < queries.size(); i++) {
            String member = parameter + ".member." + (i + 1);
            MetricQuery q = parseOne(queries.get(i), member);
            if (!ids.add(q.id)) {
                throw CloudWatchRequests.validation("The value " + q.id + " for parameter " + member
                        + ".Id is not unique: every query needs its own Id.");
            }
            out.add(q);
        }
        return out;
    }

    private static MetricQuery parseOne(Input q, String member) {
        String id = q.string("Id");
        if (id == null) {
            throw CloudWatchRequests.validation("The parameter " + member + ".Id is required.");
        }
        if (!ID.matcher(id).matches() || id.length() > 255) {
            throw CloudWatchRequests.validation("The value " + id + " for parameter " + member
                    + ".Id is invalid: it must start with a lower-case letter and hold only letters, digits and underscores.");
        }
        String label = q.string("Label");
        boolean returnData = q.bool("ReturnData", true);
        Integer queryPeriod = q.integer("Period");
        String expression = q.string("Expression");
        boolean hasStat = q.has("MetricStat");
        if (hasStat == (expression != null)) {
            throw CloudWatchRequests.validation(hasStat
                    ? "The parameters " + member + ".MetricStat and " + member + ".Expression are mutually exclusive."
                    : "The parameter " + member + ".MetricStat is required.");
        }
        if (expression != null) {
            if (expression.isBlank() || expression.length() > MAX_EXPRESSION) {
                throw CloudWatchRequests.validation("The value for parameter " + member
                        + ".Expression must be 1 to " + MAX_EXPRESSION + " characters.");
            }
            if (queryPeriod != null) {
                checkPeriod(queryPeriod, member + ".Period");
            }
            return new MetricQuery(id, null, null, queryPeriod, null, expression, label, returnData);
        }
        Input stat = q.object("MetricStat");
        String statMember = member + ".MetricStat";
        Input metric = stat.object("Metric");
        if (!stat.has("Metric")) {
            throw CloudWatchRequests.validation("The parameter " + statMember + ".Metric is required.");
        }
        String namespace = metric.string("Namespace");
        String name = metric.string("MetricName");
        if (namespace == null || name == null) {
            throw CloudWatchRequests.validation("The parameters " + statMember + ".Metric.Namespace and "
                    + statMember + ".Metric.MetricName are required.");
        }
        Integer period = stat.integer("Period");
        if (period == null) {
            throw CloudWatchRequests.validation("The parameter " + statMember + ".Period is required.");
        }
        checkPeriod(period, statMember + ".Period");
        String statName = stat.string("Stat");
        if (statName == null) {
            throw CloudWatchRequests.validation("The parameter " + statMember + ".Stat is required.");
        }
        if (Statistic.parse(statName).isEmpty()) {
            throw CloudWatchRequests.validation("The value " + statName + " for parameter " + statMember
                    + ".Stat is not a statistic the sandbox supports (SampleCount, Average, Sum, Minimum, Maximum, pNN).");
        }
        String unit = stat.string("Unit");
        if (unit != null && !CloudWatchRequests.UNITS.contains(unit)) {
            throw CloudWatchRequests.validation("The value " + unit + " for parameter " + statMember + ".Unit is invalid.");
        }
        MetricId metricId = new MetricId(namespace, name, CloudWatchRequests.dimensions(metric, statMember + ".Metric.Dimensions"));
        return new MetricQuery(id, metricId, statName, period, unit, null, label, returnData);
    }

    private static void checkPeriod(long period, String parameter) {
        if (!CloudWatchRequests.validPeriod(period)) {
            throw CloudWatchRequests.validation("The value " + period + " for parameter " + parameter
                    + " is invalid: a period is 1, 5, 10, 20, 30, 60 or any multiple of 60 seconds.");
        }
    }

    /** The query as DescribeAlarms echoes an alarm's Metrics. */
    ObjectNode toJson() {
        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        out.put("Id", id);
        if (isExpression()) {
            out.put("Expression", expression);
            if (period != null) {
                out.put("Period", period);
            }
        } else {
            ObjectNode metricStat = out.putObject("MetricStat");
            ObjectNode m = metricStat.putObject("Metric");
            m.put("Namespace", metric.namespace());
            m.put("MetricName", metric.name());
            m.set("Dimensions", CloudWatchRequests.dimensionsJson(metric.dimensions()));
            metricStat.put("Period", period);
            metricStat.put("Stat", stat);
            if (unit != null) {
                metricStat.put("Unit", unit);
            }
        }
        if (label != null) {
            out.put("Label", label);
        }
        out.put("ReturnData", returnData);
        return out;
    }
}
