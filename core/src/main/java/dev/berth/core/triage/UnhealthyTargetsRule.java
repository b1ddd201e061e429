package dev.berth.core.triage;

import dev.berth.core.model.Severity;
import dev.berth.core.model.TargetHealth;

/** Load balancer targets failing their health checks: critical when none of the service's targets is healthy. */
public final class UnhealthyTargetsRule extends TargetHealthRule {
    @Override
    FindingKind kind() {
        return FindingKind.TARGETS_UNHEALTHY;
    }

    @Override
    boolean selects(TargetHealth target) {
        return target.unhealthy();
    }

    @Override
    Severity severity(int selected, long healthy) {
        return healthy == 0 ? Severity.CRITICAL : Severity.ERROR;
    }

    @Override
    String what(int selected, int total) {
        return selected + " of " + targets(total) + " unhealthy";
    }
}
