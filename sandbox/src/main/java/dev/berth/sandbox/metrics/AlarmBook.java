package dev.berth.sandbox.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The metric alarms of one region by name, with their states, re-evaluated as time and data move. */
final class AlarmBook {
    /** An alarm as DescribeAlarms shows it. */
    record Alarm(AlarmDefinition definition, Instant configurationUpdated, AlarmState state) {
    }

    private static final class Entry {
        AlarmDefinition definition;
        Instant configurationUpdated;
        AlarmState state;
        Instant evaluatedEnd;
        long evaluatedVersion = -1;
    }

    private final NavigableMap<String, Entry> alarms = new TreeMap<>();

    /** Creates or replaces an alarm; a replaced alarm keeps its state until its next evaluation. */
    synchronized void put(AlarmDefinition definition, Instant now) {
        Entry e = alarms.computeIfAbsent(definition.name(), n -> new Entry());
        e.definition = definition;
        e.configurationUpdated = now;
        if (e.state == null) {
            e.state = AlarmState.initial(now);
        }
        e.evaluatedEnd = null;
    }

    /** Deletes all the named alarms, or none if any is missing; answers the missing names. */
    synchronized List<String> delete(List<String> names) {
        List<String> missing = names.stream().filter(n -> !alarms.containsKey(n)).toList();
        if (missing.isEmpty()) {
            names.forEach(alarms::remove);
        }
        return missing;
    }

    synchronized List<Alarm> all() {
        List<Alarm> out = new ArrayList<>(alarms.size());
        alarms.values().forEach(e -> out.add(new Alarm(e.definition, e.configurationUpdated, e.state)));
        return out;
    }

    /** Re-evaluates alarms whose newest complete period, or whose data, changed since their last evaluation. */
    synchronized void evaluate(Instant now, MetricStore store) {
        long version = store.version();
        for (Entry e : alarms.values()) {
            Instant end = AlarmEvaluator.evaluationEnd(e.definition, now);
            if (end.equals(e.evaluatedEnd) && version == e.evaluatedVersion) {
                continue;
            }
            e.state = AlarmEvaluator.evaluate(e.definition, e.state, now, store);
            e.evaluatedEnd = end;
            e.evaluatedVersion = version;
        }
    }
}
