package dev.berth.core.triage;

import dev.berth.core.model.Severity;
import dev.berth.core.model.Task;

/** Tasks that never started because the image could not be pulled. */
public final class ImagePullFailedRule extends StoppedTaskRule {
    @Override
    FindingKind kind() {
        return FindingKind.IMAGE_PULL_FAILED;
    }

    @Override
    Severity severity() {
        return Severity.ERROR;
    }

    @Override
    boolean matches(Task t) {
        return Evidence.mentions(t, "CannotPullContainerError") || Evidence.mentions(t, "pull image manifest");
    }

    @Override
    String title(String service, int count) {
        return service + ": image cannot be pulled (" + tasks(count) + " failed to start)";
    }
}
