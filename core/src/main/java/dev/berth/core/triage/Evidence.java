package dev.berth.core.triage;

import dev.berth.core.model.Container;
import dev.berth.core.model.Task;
import dev.berth.core.model.Severity;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Shared wording and tests for rule evidence: how a stopped task is described, stable finding ids. */
final class Evidence {
    private Evidence() {
    }

    static String id(FindingKind kind, String cluster, String service) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ":" + cluster + "/" + (service == null ? "*" : service);
    }

    static Finding finding(FindingKind kind, Severity severity, TriageInput in, String service, String taskId,
                           String title, Instant since, List<String> evidence) {
        return new Finding(id(kind, in.cluster(), service), kind, severity, in.cluster(), service, taskId, title, since,
                evidence);
    }

    private static final DateTimeFormatter STOP_TIME = DateTimeFormatter.ofPattern("HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    /**
     * "task 1a2b3c4d stopped 12:01:05Z: exit 137 in web (OutOfMemoryError ...); EssentialContainerExited: ...".
     * Short enough for an 80-column terminal to show the exit code; the finding keeps the full task id.
     */
    static String describeStop(Task t) {
        StringBuilder s = new StringBuilder("task ").append(t.id(), 0, Math.min(8, t.id().length())).append(" stopped");
        if (t.stoppedAt() != null) {
            s.append(' ').append(STOP_TIME.format(t.stoppedAt()));
        }
        s.append(':');
        for (Container c : t.containers()) {
            // A container whose reason is the task's own (an image that cannot be pulled) adds nothing.
            boolean ownReason = c.reason() != null && !c.reason().equals(t.stoppedReason());
            if (c.exitCode() != null && c.exitCode() != 0 || ownReason) {
                s.append(' ').append(c.exitCode() == null ? "no exit code" : "exit " + c.exitCode())
                        .append(" in ").append(c.name());
                if (ownReason) {
                    s.append(" (").append(c.reason()).append(')');
                }
                s.append(';');
            }
        }
        if (t.stopCode() != null) {
            s.append(' ').append(t.stopCode());
        }
        if (t.stoppedReason() != null) {
            s.append(": ").append(t.stoppedReason());
        }
        return s.toString();
    }

    /** A task stopped because something failed (not scaled in, not replaced by a deployment, not stopped by a person). */
    static boolean failed(Task t) {
        if (!t.stopped() || requestedStop(t)) {
            return false;
        }
        if ("TaskFailedToStart".equals(t.stopCode())) {
            return true;
        }
        return t.containers().stream().anyMatch(c -> c.exitCode() != null && c.exitCode() != 0)
                || mentions(t, "CannotPullContainerError") || mentions(t, "health checks");
    }

    /**
     * Stopped because the scheduler or a person asked (scale-in, a deployment replacing it, StopTask):
     * its exit code is the SIGTERM (143) or SIGKILL (137) of the stop, not a failure. The scheduler
     * also stops tasks that failed health checks or ran out of memory; those still count.
     */
    static boolean requestedStop(Task t) {
        return ("ServiceSchedulerInitiated".equals(t.stopCode()) || "UserInitiated".equals(t.stopCode()))
                && !mentions(t, "health checks") && !mentions(t, "OutOfMemory");
    }

    static boolean exitedWith(Task t, int code) {
        return t.containers().stream().anyMatch(c -> c.exitCode() != null && c.exitCode() == code);
    }

    /** True when the task's stop reason or one of its containers' reasons contains {@code text} (any case). */
    static boolean mentions(Task t, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        if (t.stoppedReason() != null && t.stoppedReason().toLowerCase(Locale.ROOT).contains(needle)) {
            return true;
        }
        return t.containers().stream().anyMatch(c -> c.reason() != null && c.reason().toLowerCase(Locale.ROOT).contains(needle));
    }

    static Instant earliestStop(List<Task> tasks) {
        return tasks.stream().map(Task::stoppedAt).min(Instant::compareTo).orElse(null);
    }

    static List<String> stops(List<Task> tasks, int max) {
        return tasks.stream().limit(max).map(Evidence::describeStop).toList();
    }
}
