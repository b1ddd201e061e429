package dev.berth.desktop.alarms;

import dev.berth.core.model.Alarm;
import dev.berth.desktop.detail.Section;
import dev.berth.desktop.detail.SectionTable;
import dev.berth.desktop.fx.Ages;
import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.table.Column;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** The CloudWatch alarms on a service's metrics, firing ones first, coloured by state. */
public final class AlarmSections {
    private static final Comparator<Alarm> FIRING_FIRST = Comparator.comparing((Alarm a) -> !a.firing())
            .thenComparing(a -> !"INSUFFICIENT_DATA".equals(a.state())).thenComparing(Alarm::name);

    private AlarmSections() {
    }

    public static Section of(List<Alarm> alarms, Instant now) {
        long firing = alarms.stream().filter(Alarm::firing).count();
        Section s = Section.of("alarms", "CloudWatch alarms  ·  " + (alarms.isEmpty() ? "none" : firing > 0 ? firing + " in ALARM" : alarms.size() + " watching"),
                alarms.isEmpty() ? Tone.NEUTRAL : Tone.worst(alarms.stream().map(AlarmSections::tone).toList()), List.of());
        if (alarms.isEmpty()) {
            return s.noted("No CloudWatch alarm watches this service's metrics (ClusterName and ServiceName dimensions).");
        }
        List<Column<Alarm>> columns = List.of(
                Column.text("State", 140, Alarm::state).toned(AlarmSections::tone),
                Column.text("Alarm", 240, Alarm::name).toned(AlarmSections::tone),
                Column.text("Condition", 300, AlarmSections::condition),
                Column.text("Since", 90, (Alarm a) -> Ages.since(a.stateUpdatedAt(), now) + " ago"));
        List<Alarm> sorted = alarms.stream().sorted(FIRING_FIRST).toList();
        // Reasons are long ("Threshold Crossed: 3 out of the last 3 datapoints [...]"): whole, under the table.
        String reasons = sorted.stream().filter(a -> a.firing() && a.stateReason() != null)
                .map(a -> a.name() + ": " + a.stateReason()).collect(Collectors.joining("\n"));
        s = s.with(SectionTable.of(columns, sorted));
        return reasons.isEmpty() ? s : s.noted(reasons);
    }

    public static Tone tone(Alarm a) {
        return switch (a.state()) {
            case "ALARM" -> Tone.BAD;
            case "OK" -> Tone.GOOD;
            default -> Tone.MUTED;
        };
    }

    /** "CPUUtilization > 80 (Average, 3 × 60 s)". */
    static String condition(Alarm a) {
        if (a.metricName() == null) {
            return "metric math";
        }
        String threshold = a.threshold() == null ? "?" : a.threshold() == Math.rint(a.threshold())
                ? String.valueOf(a.threshold().longValue()) : String.format(Locale.ROOT, "%.2f", a.threshold());
        String window = a.periodSeconds() == null ? "" : " (" + Objects.toString(a.statistic(), "") + ", "
                + (a.evaluationPeriods() == null ? "" : a.evaluationPeriods() + " × ") + a.periodSeconds() + " s)";
        return a.metricName() + " " + operator(a.comparisonOperator()) + " " + threshold + window;
    }

    private static String operator(String comparison) {
        return switch (Objects.toString(comparison, "")) {
            case "GreaterThanThreshold" -> ">";
            case "GreaterThanOrEqualToThreshold" -> "≥";
            case "LessThanThreshold" -> "<";
            case "LessThanOrEqualToThreshold" -> "≤";
            default -> Objects.toString(comparison, "vs");
        };
    }
}
