package dev.berth.core.triage;

import dev.berth.core.model.Severity;
import dev.berth.core.model.Task;

/** Tasks Fargate stopped to take its Spot capacity back (stop code SpotInterruption). */
public final class SpotInterruptionRule extends StoppedTaskRule {
    @Override
    FindingKind kind() {
        return FindingKind.SPOT_INTERRUPTED;
    }

    @Override
    Severity severity() {
        return Severity.WARN;
    }

    @Override
    boolean matches(Task t) {
        return "SpotInterruption".equals(t.stopCode());
    }

    @Override
    String title(String service, int count) {
        return service + ": " + tasks(count) + " interrupted on Fargate Spot";
    }
}
