package dev.berth.core.triage;

import dev.berth.core.model.Severity;
import dev.berth.core.model.TargetHealth;

/**
 * Load balancer targets draining: normal for moments during a deployment, telling when it goes on
 * (tasks replaced again and again) or when nothing healthy is left.
 */
public final class DrainingTargetsRule extends TargetHealthRule {
    @Override
    FindingKind kind() {
        return FindingKind.TARGETS_DRAINING;
    }

    @Override
    boolean selects(TargetHealth target) {
        return target.draining();
    }

    @Override
    Severity severity(int selected, long healthy) {
        return healthy == 0 ? Severity.WARN : Severity.INFO;
    }

    @Override
    String what(int selected, int total) {
        return selected + " of " + targets(total) + " draining";
    }
}
