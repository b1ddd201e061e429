package dev.berth.core.triage;

import dev.berth.core.model.MetricPoint;
import dev.berth.core.model.ServiceMetrics;
import dev.berth.core.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU or memory above a threshold: the average of the last {@value #POINTS} points, so one spike is
 * not a finding.
 */
abstract class UtilisationRule implements TriageRule {
    static final int POINTS = 5;

    abstract FindingKind kind();

    abstract String what();

    abstract List<MetricPoint> series(ServiceMetrics m);

    abstract double threshold(TriageInput in);

    @Override
    public List<Finding> findings(TriageInput in) {
        List<Finding> out = new ArrayList<>();
        double limit = threshold(in);
        for (ServiceMetrics m : in.metrics()) {
            List<MetricPoint> points = series(m);
            if (points.isEmpty()) {
                continue;
            }
            List<MetricPoint> last = points.subList(Math.max(0, points.size() - POINTS), points.size());
            double avg = last.stream().mapToDouble(MetricPoint::value).average().orElse(0);
            if (avg <= limit) {
                continue;
            }
            String target = m.service() == null ? "cluster " + in.cluster() : m.service();
            out.add(Evidence.finding(kind(), avg >= 98 ? Severity.ERROR : Severity.WARN, in, m.service(), null,
                    String.format("%s: %s at %.0f%% (threshold %.0f%%)", target, what(), avg, limit),
                    last.get(0).at(),
                    last.stream().map(p -> String.format("%s %.1f%%", p.at(), p.value())).toList()));
        }
        return out;
    }
}
