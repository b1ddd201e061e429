package dev.berth.core.triage;

import dev.berth.core.config.TriageThresholds;
import dev.berth.core.model.MetricPoint;
import dev.berth.core.model.ServiceMetrics;
import dev.berth.core.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * CPU or memory of a service or the cluster above the configured threshold: the average of the
 * last {@value #POINTS} points, so one spike is not a finding.
 */
final class UtilisationRule implements TriageRule {
    static final int POINTS = 5;

    private final FindingKind kind;
    private final String what;
    private final Function<ServiceMetrics, List<MetricPoint>> series;
    private final ToDoubleFunction<TriageThresholds> threshold;

    private UtilisationRule(FindingKind kind, String what, Function<ServiceMetrics, List<MetricPoint>> series,
                            ToDoubleFunction<TriageThresholds> threshold) {
        this.kind = kind;
        this.what = what;
        this.series = series;
        this.threshold = threshold;
    }

    static UtilisationRule cpu() {
        return new UtilisationRule(FindingKind.HOT_CPU, "CPU", ServiceMetrics::cpu, TriageThresholds::cpuPercent);
    }

    static UtilisationRule memory() {
        return new UtilisationRule(FindingKind.HOT_MEMORY, "memory", ServiceMetrics::memory, TriageThresholds::memoryPercent);
    }

    @Override
    public List<Finding> findings(TriageInput in) {
        List<Finding> out = new ArrayList<>();
        double limit = threshold.applyAsDouble(in.thresholds());
        for (ServiceMetrics m : in.metrics()) {
            List<MetricPoint> points = series.apply(m);
            if (points.isEmpty()) {
                continue;
            }
            List<MetricPoint> last = points.subList(Math.max(0, points.size() - POINTS), points.size());
            double avg = last.stream().mapToDouble(MetricPoint::value).average().orElse(0);
            if (avg <= limit) {
                continue;
            }
            String target = m.service() == null ? "cluster " + in.cluster() : m.service();
            out.add(Evidence.finding(kind, avg >= 98 ? Severity.ERROR : Severity.WARN, in, m.service(), null,
                    String.format("%s: %s at %.0f%% (threshold %.0f%%)", target, what, avg, limit),
                    last.get(0).at(),
                    last.stream().map(p -> String.format("%s %.1f%%", p.at(), p.value())).toList()));
        }
        return out;
    }
}
