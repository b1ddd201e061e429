package dev.berth.core.triage;

import dev.berth.core.model.Service;
import dev.berth.core.model.Severity;
import dev.berth.core.model.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * One way tasks stop: per service, the tasks stopped within the lookback that match become one
 * finding (since the first, evidence newest first, opening the newest task). Stops someone asked
 * for are never a match.
 */
final class StoppedTaskRule implements TriageRule {
    private static final int MAX_EVIDENCE = 5;
    /** Stop codes of tasks someone asked to stop: their exit 143 is how a JVM answers SIGTERM, not an error. */
    private static final Set<String> ASKED_TO_STOP = Set.of("UserInitiated", "ServiceSchedulerInitiated", "SpotInterruption");

    private final FindingKind kind;
    private final Severity severity;
    private final Predicate<Task> matches;
    /** What happened to n tasks: "2 tasks killed for memory (exit 137)". */
    private final IntFunction<String> what;

    private StoppedTaskRule(FindingKind kind, Severity severity, Predicate<Task> matches, IntFunction<String> what) {
        this.kind = kind;
        this.severity = severity;
        this.matches = matches;
        this.what = what;
    }

    /** Tasks killed for memory: a container exited 137 or the reason says OutOfMemory. */
    static StoppedTaskRule oomKilled() {
        return new StoppedTaskRule(FindingKind.OOM_KILLED, Severity.ERROR,
                t -> Evidence.exitedWith(t, 137) || Evidence.mentions(t, "OutOfMemory"),
                n -> tasks(n) + " killed for memory (exit 137)");
    }

    /** Tasks whose container exited with an error code other than 137 (which {@link #oomKilled()} reports). */
    static StoppedTaskRule nonZeroExit() {
        return new StoppedTaskRule(FindingKind.NON_ZERO_EXIT, Severity.WARN, t -> {
            boolean asked = ASKED_TO_STOP.contains(t.stopCode());
            return t.containers().stream().anyMatch(c -> c.exitCode() != null && c.exitCode() != 0 && c.exitCode() != 137
                    && !(asked && c.exitCode() == 143));
        }, n -> tasks(n) + " exited with an error");
    }

    /** Tasks that never started because the image could not be pulled. */
    static StoppedTaskRule imagePullFailed() {
        return new StoppedTaskRule(FindingKind.IMAGE_PULL_FAILED, Severity.ERROR,
                t -> Evidence.mentions(t, "CannotPullContainerError") || Evidence.mentions(t, "pull image manifest"),
                n -> "image cannot be pulled (" + tasks(n) + " failed to start)");
    }

    /** Tasks stopped because they failed load balancer or container health checks. */
    static StoppedTaskRule healthCheckFailed() {
        return new StoppedTaskRule(FindingKind.HEALTH_CHECK_FAILED, Severity.ERROR,
                t -> Evidence.mentions(t, "failed ELB health checks") || Evidence.mentions(t, "failed container health checks"),
                n -> tasks(n) + " failed health checks");
    }

    /** Tasks Fargate stopped to take its Spot capacity back (stop code SpotInterruption). */
    static StoppedTaskRule spotInterrupted() {
        return new StoppedTaskRule(FindingKind.SPOT_INTERRUPTED, Severity.WARN,
                t -> "SpotInterruption".equals(t.stopCode()),
                n -> tasks(n) + " interrupted on Fargate Spot");
    }

    @Override
    public List<Finding> findings(TriageInput in) {
        List<Finding> out = new ArrayList<>();
        Map<String, List<Task>> stopped = in.recentlyStopped();
        for (Service s : in.services()) {
            List<Task> hits = stopped.getOrDefault(s.name(), List.of()).stream()
                    .filter(t -> !Evidence.requestedStop(t))
                    .filter(matches)
                    .toList();
            if (!hits.isEmpty()) {
                out.add(Evidence.finding(kind, severity, in, s.name(), hits.get(0).id(),
                        s.name() + ": " + what.apply(hits.size()), Evidence.earliestStop(hits), Evidence.stops(hits, MAX_EVIDENCE)));
            }
        }
        return out;
    }

    private static String tasks(int n) {
        return n == 1 ? "1 task" : n + " tasks";
    }
}
