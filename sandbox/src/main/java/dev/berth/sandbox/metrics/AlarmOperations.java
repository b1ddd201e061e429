package dev.berth.sandbox.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.berth.sandbox.sim.Region;
import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.Call;
import dev.berth.sandbox.wire.Input;
import dev.berth.sandbox.wire.JsonCodec;
import dev.berth.sandbox.wire.PageToken;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** PutMetricAlarm, DescribeAlarms and DeleteAlarms: static-threshold metric alarms, kept per region. */
final class AlarmOperations {
    private static final int MAX_ACTIONS = 5;
    private static final int MAX_NAMES = 100;
    private static final int DEFAULT_RECORDS = 50;
    private static final long ONE_DAY = 86_400;
    private static final long SEVEN_DAYS = 7 * ONE_DAY;
    private static final Set<String> SIMPLE_STATISTICS = Set.of("SampleCount", "Average", "Sum", "Minimum", "Maximum");
    private static final Set<String> MISSING_DATA = Set.of("breaching", "notBreaching", "ignore", "missing");
    private static final Set<String> STATES = Set.of(AlarmState.OK, AlarmState.ALARM, AlarmState.INSUFFICIENT_DATA);
    private static final String ALARMS_TOKEN = "alarms";

    private final World world;

    AlarmOperations(World world) {
        this.world = world;
    }

    JsonNode putMetricAlarm(Call call) {
        Input in = call.input();
        String name = CloudWatchRequests.requireString(in, "AlarmName", "AlarmName");
        if (name.length() > 255) {
            throw CloudWatchRequests.invalidValue(name, "AlarmName");
        }
        String description = in.string("AlarmDescription");
        if (description != null && description.length() > 1024) {
            throw CloudWatchRequests.invalidValue("The parameter AlarmDescription must be at most 1024 characters.");
        }
        Integer evaluationPeriods = in.integer("EvaluationPeriods");
        if (evaluationPeriods == null) {
            throw CloudWatchRequests.missing("EvaluationPeriods");
        }
        if (evaluationPeriods < 1) {
            throw CloudWatchRequests.invalidValue(evaluationPeriods, "EvaluationPeriods");
        }
        String operatorName = CloudWatchRequests.requireString(in, "ComparisonOperator", "ComparisonOperator");
        ComparisonOperator operator = ComparisonOperator.parse(operatorName).orElseThrow(() ->
                operatorName.contains("Band") || operatorName.contains("LowerThreshold") || operatorName.contains("UpperThreshold")
                        ? CloudWatchRequests.combination("The sandbox evaluates static thresholds only, not anomaly detection bands ("
                        + operatorName + ").")
                        : CloudWatchRequests.invalidValue(operatorName, "ComparisonOperator"));
        Double threshold = in.number("Threshold");
        if (threshold == null) {
            throw CloudWatchRequests.missing("Threshold");
        }
        int datapointsToAlarm = in.integer("DatapointsToAlarm", evaluationPeriods);
        if (datapointsToAlarm < 1 || datapointsToAlarm > evaluationPeriods) {
            throw CloudWatchRequests.invalidValue("The parameter DatapointsToAlarm must be between 1 and EvaluationPeriods ("
                    + evaluationPeriods + ").");
        }
        String treatMissingData = in.string("TreatMissingData");
        if (treatMissingData != null && !MISSING_DATA.contains(treatMissingData)) {
            throw CloudWatchRequests.invalidValue(treatMissingData, "TreatMissingData");
        }
        String lowSampleCount = in.string("EvaluateLowSampleCountPercentile");
        if (lowSampleCount != null && !lowSampleCount.equals("evaluate") && !lowSampleCount.equals("ignore")) {
            throw CloudWatchRequests.validation("Option " + lowSampleCount + " is not supported. Supported options for"
                    + " parameter EvaluateLowSampleCountPercentile are evaluate and ignore.");
        }

        List<Input> metricsInput = in.list("Metrics");
        AlarmDefinition definition;
        if (metricsInput.isEmpty()) {
            definition = singleMetricAlarm(in, name, description, evaluationPeriods, datapointsToAlarm, threshold,
                    operator, treatMissingData, lowSampleCount);
        } else {
            for (String single : List.of("MetricName", "Namespace", "Statistic", "ExtendedStatistic", "Period", "Dimensions")) {
                if (in.has(single)) {
                    throw CloudWatchRequests.combination("The parameters Metrics and " + single + " are mutually exclusive.");
                }
            }
            List<MetricQuery> metrics = MetricQuery.parse(metricsInput, "Metrics");
            if (metrics.stream().filter(MetricQuery::returnData).count() != 1) {
                throw CloudWatchRequests.validation("Exactly one element of the Metrics list must have ReturnData set to true.");
            }
            definition = new AlarmDefinition(name, description, in.bool("ActionsEnabled", true), actions(in, "OKActions"),
                    actions(in, "AlarmActions"), actions(in, "InsufficientDataActions"), null, null, null, null, null,
                    metrics, evaluationPeriods, datapointsToAlarm, threshold, operator, treatMissingData, lowSampleCount);
            checkExpressions(definition, call);
        }
        long window = definition.evaluationPeriod() * evaluationPeriods;
        if (window > (definition.evaluationPeriod() >= 3600 ? SEVEN_DAYS : ONE_DAY)) {
            throw CloudWatchRequests.validation("Period * EvaluationPeriods must not exceed one day (seven days for periods"
                    + " of an hour or more); it is " + window + " seconds.");
        }
        Region region = world.region(call.region());
        region.metrics().alarms().put(definition, world.now());
        return JsonCodec.MAPPER.createObjectNode();
    }

    private AlarmDefinition singleMetricAlarm(Input in, String name, String description, int evaluationPeriods,
                                              int datapointsToAlarm, double threshold, ComparisonOperator operator,
                                              String treatMissingData, String lowSampleCount) {
        String metricName = CloudWatchRequests.requireString(in, "MetricName", "MetricName");
        String namespace = CloudWatchRequests.requireString(in, "Namespace", "Namespace");
        Integer period = in.integer("Period");
        if (period == null) {
            throw CloudWatchRequests.missing("Period");
        }
        if (!(period == 10 || period == 20 || period == 30 || (period > 0 && period % 60 == 0))) {
            throw CloudWatchRequests.invalidValue("The parameter Period must be 10, 20, 30 or a multiple of 60.");
        }
        String statistic = in.string("Statistic");
        String extended = in.string("ExtendedStatistic");
        if ((statistic == null) == (extended == null)) {
            throw CloudWatchRequests.combination("Exactly one of the parameters Statistic and ExtendedStatistic must be specified.");
        }
        if (statistic != null && !SIMPLE_STATISTICS.contains(statistic)) {
            throw CloudWatchRequests.invalidValue(statistic, "Statistic");
        }
        if (extended != null && Statistic.percentile(extended).isEmpty()) {
            throw CloudWatchRequests.invalidValue("The value " + extended + " for parameter ExtendedStatistic is not supported.");
        }
        MetricId metric = new MetricId(namespace, metricName, CloudWatchRequests.dimensions(in, "Dimensions"));
        return new AlarmDefinition(name, description, in.bool("ActionsEnabled", true), actions(in, "OKActions"),
                actions(in, "AlarmActions"), actions(in, "InsufficientDataActions"), metric, statistic, extended, period,
                CloudWatchRequests.unit(in, "Unit"), List.of(), evaluationPeriods, datapointsToAlarm, threshold, operator,
                treatMissingData, lowSampleCount);
    }

    /** Metric math that is wrong is refused now rather than leaving the alarm without data forever. */
    private void checkExpressions(AlarmDefinition definition, Call call) {
        Instant now = world.now();
        Instant end = AlarmEvaluator.evaluationEnd(definition, now);
        try {
            MetricDataEngine.run(definition.metrics(), end.minusSeconds(definition.evaluationPeriod()), end, now,
                    world.region(call.region()).metrics());
        } catch (MetricMathException e) {
            throw CloudWatchRequests.validation(e.getMessage());
        }
    }

    private static List<String> actions(Input in, String field) {
        List<String> actions = in.strings(field);
        if (actions.size() > MAX_ACTIONS) {
            throw CloudWatchRequests.invalidValue("The collection " + field + " must not have a size greater than " + MAX_ACTIONS + ".");
        }
        return actions;
    }

    JsonNode describeAlarms(Call call) {
        Input in = call.input();
        List<String> names = in.strings("AlarmNames");
        String prefix = in.string("AlarmNamePrefix");
        if (!names.isEmpty() && prefix != null) {
            throw CloudWatchRequests.combination("The parameters AlarmNames and AlarmNamePrefix are mutually exclusive.");
        }
        if (names.size() > MAX_NAMES) {
            throw CloudWatchRequests.invalidValue("The collection AlarmNames must not have a size greater than " + MAX_NAMES + ".");
        }
        String stateValue = in.string("StateValue");
        if (stateValue != null && !STATES.contains(stateValue)) {
            throw CloudWatchRequests.invalidValue(stateValue, "StateValue");
        }
        List<String> types = in.strings("AlarmTypes");
        for (String t : types) {
            if (!t.equals("MetricAlarm") && !t.equals("CompositeAlarm")) {
                throw CloudWatchRequests.invalidValue(t, "AlarmTypes");
            }
        }
        boolean metricAlarms = (types.isEmpty() || types.contains("MetricAlarm"))
                && in.string("ChildrenOfAlarmName") == null && in.string("ParentsOfAlarmName") == null;
        String actionPrefix = in.string("ActionPrefix");
        int maxRecords = in.integer("MaxRecords", DEFAULT_RECORDS);
        if (maxRecords < 1 || maxRecords > MAX_NAMES) {
            throw CloudWatchRequests.invalidValue(maxRecords, "MaxRecords");
        }
        String token = in.string("NextToken");
        String after = token == null ? null
                : PageToken.decode(token, ALARMS_TOKEN, 1, CloudWatchRequests.invalidNextToken()).getFirst();

        Region region = world.region(call.region());
        List<AlarmBook.Alarm> matching = !metricAlarms ? List.of() : region.metrics().alarms().all().stream()
                .filter(a -> names.isEmpty() || names.contains(a.definition().name()))
                .filter(a -> prefix == null || a.definition().name().startsWith(prefix))
                .filter(a -> stateValue == null || stateValue.equals(a.state().value()))
                .filter(a -> actionPrefix == null || hasActionWithPrefix(a.definition(), actionPrefix))
                .filter(a -> after == null || a.definition().name().compareTo(after) > 0)
                .limit(maxRecords + 1L)
                .toList();

        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        ArrayNode rows = out.putArray("MetricAlarms");
        for (AlarmBook.Alarm a : matching.subList(0, Math.min(maxRecords, matching.size()))) {
            rows.add(alarmJson(a, region));
        }
        out.putArray("CompositeAlarms");
        if (matching.size() > maxRecords) {
            out.put("NextToken", PageToken.encode(ALARMS_TOKEN, matching.get(maxRecords - 1).definition().name()));
        }
        return out;
    }

    private static boolean hasActionWithPrefix(AlarmDefinition d, String prefix) {
        return d.alarmActions().stream().anyMatch(a -> a.startsWith(prefix))
                || d.okActions().stream().anyMatch(a -> a.startsWith(prefix))
                || d.insufficientDataActions().stream().anyMatch(a -> a.startsWith(prefix));
    }

    private static ObjectNode alarmJson(AlarmBook.Alarm a, Region region) {
        AlarmDefinition d = a.definition();
        AlarmState s = a.state();
        ObjectNode row = JsonCodec.MAPPER.createObjectNode();
        row.put("AlarmName", d.name());
        row.put("AlarmArn", region.arn("cloudwatch", "alarm:" + d.name()));
        if (d.description() != null) {
            row.put("AlarmDescription", d.description());
        }
        row.set("AlarmConfigurationUpdatedTimestamp", new POJONode(a.configurationUpdated()));
        row.put("ActionsEnabled", d.actionsEnabled());
        row.set("OKActions", strings(d.okActions()));
        row.set("AlarmActions", strings(d.alarmActions()));
        row.set("InsufficientDataActions", strings(d.insufficientDataActions()));
        row.put("StateValue", s.value());
        row.put("StateReason", s.reason());
        if (s.reasonData() != null) {
            row.put("StateReasonData", s.reasonData());
        }
        row.set("StateUpdatedTimestamp", new POJONode(s.updated()));
        if (d.metric() != null) {
            row.put("MetricName", d.metric().name());
            row.put("Namespace", d.metric().namespace());
            if (d.statistic() != null) {
                row.put("Statistic", d.statistic());
            } else {
                row.put("ExtendedStatistic", d.extendedStatistic());
            }
            row.set("Dimensions", CloudWatchRequests.dimensionsJson(d.metric().dimensions()));
            row.put("Period", d.period());
            if (d.unit() != null) {
                row.put("Unit", d.unit());
            }
        } else {
            ArrayNode metrics = row.putArray("Metrics");
            d.metrics().forEach(q -> metrics.add(q.toJson()));
        }
        row.put("EvaluationPeriods", d.evaluationPeriods());
        row.put("DatapointsToAlarm", d.datapointsToAlarm());
        row.put("Threshold", d.threshold());
        row.put("ComparisonOperator", d.comparison().name());
        if (d.treatMissingData() != null) {
            row.put("TreatMissingData", d.treatMissingData());
        }
        if (d.evaluateLowSampleCountPercentile() != null) {
            row.put("EvaluateLowSampleCountPercentile", d.evaluateLowSampleCountPercentile());
        }
        row.set("StateTransitionedTimestamp", new POJONode(s.transitioned()));
        return row;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode out = JsonCodec.MAPPER.createArrayNode();
        values.forEach(out::add);
        return out;
    }

    JsonNode deleteAlarms(Call call) {
        Input in = call.input();
        List<String> names = in.strings("AlarmNames");
        if (names.isEmpty()) {
            throw CloudWatchRequests.missing("AlarmNames");
        }
        if (names.size() > MAX_NAMES) {
            throw CloudWatchRequests.invalidValue("The collection AlarmNames must not have a size greater than " + MAX_NAMES + ".");
        }
        List<String> missing = world.region(call.region()).metrics().alarms().delete(names);
        if (!missing.isEmpty()) {
            throw CloudWatchRequests.notFound("No alarm was deleted: these alarms do not exist: " + String.join(", ", missing));
        }
        return JsonCodec.MAPPER.createObjectNode();
    }
}
