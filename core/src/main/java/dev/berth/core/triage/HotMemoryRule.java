package dev.berth.core.triage;

import dev.berth.core.model.MetricPoint;
import dev.berth.core.model.ServiceMetrics;
import java.util.List;

/** Memory utilisation of a service or the cluster above the configured threshold. */
public final class HotMemoryRule extends UtilisationRule {
    @Override
    FindingKind kind() {
        return FindingKind.HOT_MEMORY;
    }

    @Override
    String what() {
        return "memory";
    }

    @Override
    List<MetricPoint> series(ServiceMetrics m) {
        return m.memory();
    }

    @Override
    double threshold(TriageInput in) {
        return in.thresholds().memoryPercent();
    }
}
