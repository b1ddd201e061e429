package dev.berth.core.triage;

import dev.berth.core.model.Severity;
import dev.berth.core.model.Task;
import java.util.Set;

/**
 * Tasks whose container exited with an error code (other than 137, which {@link OomKilledRule}
 * reports). 143 is what a JVM answers SIGTERM with: from a task someone asked to stop (a person, the
 * scheduler, a Spot interruption) it is the way down, not an error.
 */
public final class NonZeroExitRule extends StoppedTaskRule {
    private static final Set<String> ASKED_TO_STOP = Set.of("UserInitiated", "ServiceSchedulerInitiated", "SpotInterruption");

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
        boolean asked = ASKED_TO_STOP.contains(t.stopCode());
        return t.containers().stream().anyMatch(c -> c.exitCode() != null && c.exitCode() != 0 && c.exitCode() != 137
                && !(asked && c.exitCode() == 143));
    }

    @Override
    String title(String service, int count) {
        return service + ": " + tasks(count) + " exited with an error";
    }
}
