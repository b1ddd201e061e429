package dev.berth.sandbox.metrics;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.wire.JsonCodec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Decides a metric alarm's state from the last EvaluationPeriods complete periods (aligned to
 * the period, as CloudWatch aligns them). ALARM when at least DatapointsToAlarm of them breach;
 * otherwise OK if any datapoint is there, else INSUFFICIENT_DATA. Missing periods count as
 * breaching or not breaching when TreatMissingData says so; with {@code ignore}, an alarm without
 * any data keeps its state.
 */
final class AlarmEvaluator {
    private static final DateTimeFormatter REASON_TIME = DateTimeFormatter.ofPattern("dd/MM/yy HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATA_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    private AlarmEvaluator() {
    }

    /** The end of the newest complete period at {@code now}: evaluations change only when it does. */
    static Instant evaluationEnd(AlarmDefinition def, Instant now) {
        long p = def.evaluationPeriod();
        return Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), p) * p);
    }

    static AlarmState evaluate(AlarmDefinition def, AlarmState current, Instant now, MetricStore store) {
        long p = def.evaluationPeriod();
        Instant end = evaluationEnd(def, now);
        Instant start = end.minusSeconds(p * def.evaluationPeriods());
        NavigableMap<Instant, Double> values = values(def, start, end, now, store);

        int breaching = 0;
        int known = 0;
        List<Map.Entry<Instant, Double>> seen = new ArrayList<>();
        for (Instant t = start; t.isBefore(end); t = t.plusSeconds(p)) {
            Double v = values.get(t);
            if (v != null) {
                known++;
                seen.addFirst(Map.entry(t, v));
                if (def.comparison().breaches(v, def.threshold())) {
                    breaching++;
                }
            } else if (def.missingData().equals("breaching")) {
                known++;
                breaching++;
            } else if (def.missingData().equals("notBreaching")) {
                known++;
            }
        }
        String value;
        if (breaching >= def.datapointsToAlarm()) {
            value = AlarmState.ALARM;
        } else if (known > 0) {
            value = AlarmState.OK;
        } else if (def.missingData().equals("ignore")) {
            return current;
        } else {
            value = AlarmState.INSUFFICIENT_DATA;
        }
        if (value.equals(current.value())) {
            return current;
        }
        return new AlarmState(value, reason(def, value, seen, breaching), reasonData(def, start, now, seen), now, now);
    }

    private static NavigableMap<Instant, Double> values(AlarmDefinition def, Instant start, Instant end, Instant now,
                                                       MetricStore store) {
        NavigableMap<Instant, Double> out = new TreeMap<>();
        if (def.metric() != null) {
            Statistic statistic = def.statisticToCompare();
            store.aggregate(def.metric(), start, end, def.period(), def.unit()).forEach((t, d) -> {
                Double v = statistic.of(d);
                if (v != null) {
                    out.put(t, v);
                }
            });
            return out;
        }
        MetricDataEngine.Outcome outcome = MetricDataEngine.run(def.metrics(), start, end, now, store)
                .get(def.returnedQuery().id());
        return outcome.series() == null ? out : outcome.series().values();
    }

    private static String reason(AlarmDefinition def, String value, List<Map.Entry<Instant, Double>> seen, int breaching) {
        int n = def.evaluationPeriods();
        if (value.equals(AlarmState.INSUFFICIENT_DATA)) {
            return "Insufficient Data: " + n + " datapoint" + (n == 1 ? " was" : "s were") + " unknown.";
        }
        boolean alarm = value.equals(AlarmState.ALARM);
        int counted = alarm ? breaching : seen.size();
        StringBuilder list = new StringBuilder();
        for (Map.Entry<Instant, Double> e : seen) {
            if (!list.isEmpty()) {
                list.append(", ");
            }
            list.append(e.getValue()).append(" (").append(REASON_TIME.format(e.getKey())).append(')');
        }
        String verb = counted == 1 ? "was" : "were";
        String threshold = "the threshold (" + def.threshold() + ")";
        String comparison = (alarm ? "" : "not ") + def.comparison().words();
        if (n == 1) {
            return "Threshold Crossed: 1 datapoint [" + list + "] " + verb + " " + comparison + " " + threshold + ".";
        }
        int m = def.datapointsToAlarm();
        return "Threshold Crossed: " + counted + " out of the last " + n + " datapoints [" + list + "] " + verb + " "
                + comparison + " " + threshold + " (minimum " + m + " datapoint" + (m == 1 ? "" : "s") + " for "
                + (alarm ? "OK -> ALARM" : "ALARM -> OK") + " transition).";
    }

    private static String reasonData(AlarmDefinition def, Instant start, Instant now, List<Map.Entry<Instant, Double>> seen) {
        ObjectNode data = JsonCodec.MAPPER.createObjectNode();
        data.put("version", "1.0");
        data.put("queryDate", DATA_TIME.format(now));
        data.put("startDate", DATA_TIME.format(start));
        if (def.metric() != null) {
            data.put("statistic", def.statistic() != null ? def.statistic() : def.extendedStatistic());
        }
        data.put("period", def.evaluationPeriod());
        ArrayNode recent = data.putArray("recentDatapoints");
        ArrayNode evaluated = data.putArray("evaluatedDatapoints");
        for (Map.Entry<Instant, Double> e : seen) {
            recent.add(e.getValue());
            evaluated.addObject().put("timestamp", DATA_TIME.format(e.getKey())).put("value", e.getValue());
        }
        data.put("threshold", def.threshold());
        return data.toString();
    }
}
