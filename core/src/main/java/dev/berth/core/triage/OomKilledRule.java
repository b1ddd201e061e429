package dev.berth.core.triage;

import dev.berth.core.model.Severity;
import dev.berth.core.model.Task;

/** Tasks killed for memory: a container exited 137 or the reason says OutOfMemory. */
public final class OomKilledRule extends StoppedTaskRule {
    @Override
    FindingKind kind() {
        return FindingKind.OOM_KILLED;
    }

    @Override
    Severity severity() {
        return Severity.ERROR;
    }

    @Override
    boolean matches(Task t) {
        return Evidence.exitedWith(t, 137) || Evidence.mentions(t, "OutOfMemory");
    }

    @Override
    String title(String service, int count) {
        return service + ": " + tasks(count) + " killed for memory (exit 137)";
    }
}
