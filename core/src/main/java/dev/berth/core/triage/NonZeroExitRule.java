package dev.berth.core.triage;

import dev.berth.core.model.Severity;
import dev.berth.core.model.Task;

/** Tasks whose container exited with an error code (other than 137, which {@link OomKilledRule} reports). */
public final class NonZeroExitRule extends StoppedTaskRule {
    @Override
    FindingKind kind() {
        return FindingKind.NON_ZERO_EXIT;
    }

    @Override
    Severity severity() {
        return Severity.WARN;
    }

    @Override
    boolean matches(Task t) {
        return t.containers().stream().anyMatch(c -> c.exitCode() != null && c.exitCode() != 0 && c.exitCode() != 137);
    }

    @Override
    String title(String service, int count) {
        return service + ": " + tasks(count) + " exited with an error";
    }
}
