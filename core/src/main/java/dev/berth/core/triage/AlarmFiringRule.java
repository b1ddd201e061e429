package dev.berth.core.triage;

import dev.berth.core.model.Alarm;
import dev.berth.core.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** CloudWatch alarms in ALARM on a metric of the cluster or one of its services (ClusterName / ServiceName dimensions). */
public final class AlarmFiringRule implements TriageRule {
    @Override
    public List<Finding> findings(TriageInput in) {
        List<Finding> out = new ArrayList<>();
        for (Alarm a : in.surroundings().alarms()) {
            if (!a.firing() || !a.watches(in.cluster(), null)) {
                continue;
            }
            String service = a.dimensions().get("ServiceName");
            String target = service == null ? "cluster " + in.cluster() : service;
            String condition = a.metricName() == null ? "" : " (" + a.metricName() + " " + operator(a.comparisonOperator())
                    + " " + number(a.threshold()) + ")";
            List<String> evidence = new ArrayList<>();
            if (a.stateReason() != null) {
                evidence.add(a.stateReason());
            }
            if (a.description() != null) {
                evidence.add(a.description());
            }
            out.add(new Finding(Evidence.id(FindingKind.ALARM_FIRING, in.cluster(), service) + "/" + a.name(),
                    FindingKind.ALARM_FIRING, Severity.ERROR, in.cluster(), service, null,
                    target + ": alarm " + a.name() + " in ALARM" + condition, a.stateUpdatedAt(), evidence));
        }
        return out;
    }

    private static String operator(String comparison) {
        if (comparison == null) {
            return "vs";
        }
        return switch (comparison) {
            case "GreaterThanThreshold" -> ">";
            case "GreaterThanOrEqualToThreshold" -> ">=";
            case "LessThanThreshold" -> "<";
            case "LessThanOrEqualToThreshold" -> "<=";
            default -> comparison;
        };
    }

    private static String number(Double v) {
        if (v == null) {
            return "?";
        }
        return v == Math.rint(v) ? String.valueOf(v.longValue()) : String.format(Locale.ROOT, "%.2f", v);
    }
}
