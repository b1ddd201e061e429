package dev.berth.core.triage;

import dev.berth.core.model.Severity;
import dev.berth.core.model.Task;

/** Tasks stopped because they failed load balancer or container health checks. */
public final class HealthCheckFailedRule extends StoppedTaskRule {
    @Override
    FindingKind kind() {
        return FindingKind.HEALTH_CHECK_FAILED;
    }

    @Override
    Severity severity() {
        return Severity.ERROR;
    }

    @Override
    boolean matches(Task t) {
        return Evidence.mentions(t, "failed ELB health checks") || Evidence.mentions(t, "failed container health checks");
    }

    @Override
    String title(String service, int count) {
        return service + ": " + tasks(count) + " failed health checks";
    }
}
