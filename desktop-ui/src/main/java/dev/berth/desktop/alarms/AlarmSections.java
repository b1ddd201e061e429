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
                Column.text("State", 130, Alarm::state).toned(AlarmSections::tone),
                Column.text("Alarm", 220, Alarm::name).toned(AlarmSections::tone),
                Column.text("Condition", 250, AlarmSections::condition),
                Column.text("Since", 70, (Alarm a) -> Ages.since(a.stateUpdatedAt(), now)),
                Column.text("Reason", 380, (Alarm a) -> Objects.toString(a.stateReason(), "")));
        return s.with(SectionTable.of(columns, alarms.stream().sorted(FIRING_FIRST).toList()));
    }

    public static Tone tone(Alarm a) {
        return switch (a.state()) {
            case "ALARM" -> Tone.BAD;
            case "OK" -> Tone.GOOD;
            default -> Tone.MUTED;
        };
    }

    /** "CPUUtilization > 80 (Average of 60 s, 3 periods)". */
    static String condition(Alarm a) {
        if (a.metricName() == null) {
            return "metric math";
        }
        String threshold = a.threshold() == null ? "?" : a.threshold() == Math.rint(a.threshold())
                ? String.valueOf(a.threshold().longValue()) : String.format(Locale.ROOT, "%.2f", a.threshold());
        String window = a.periodSeconds() == null ? "" : " (" + Objects.toString(a.statistic(), "") + " of " + a.periodSeconds()
                + " s" + (a.evaluationPeriods() == null ? "" : ", " + a.evaluationPeriods() + " periods") + ")";
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
