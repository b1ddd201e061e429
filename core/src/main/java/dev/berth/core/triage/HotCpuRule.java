package dev.berth.core.triage;

import dev.berth.core.model.MetricPoint;
import dev.berth.core.model.ServiceMetrics;
import java.util.List;

/** CPU utilisation of a service or the cluster above the configured threshold. */
public final class HotCpuRule extends UtilisationRule {
    @Override
    FindingKind kind() {
        return FindingKind.HOT_CPU;
    }

    @Override
    String what() {
        return "CPU";
    }

    @Override
    List<MetricPoint> series(ServiceMetrics m) {
        return m.cpu();
    }

    @Override
    double threshold(TriageInput in) {
        return in.thresholds().cpuPercent();
    }
}
