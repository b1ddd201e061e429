package dev.berth.core.triage;

import dev.berth.core.SessionStatus;
import dev.berth.core.config.TriageThresholds;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceMetrics;
import dev.berth.core.model.Task;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a rule may look at, for one cluster at one moment: described services, tasks (running
 * and recently stopped), metrics, the session's own health, thresholds, and since when each
 * ongoing condition has been seen (for rules like "below desired for more than three minutes").
 *
 * @param now       the best estimate of AWS's clock (never behind the newest timestamp in the data)
 * @param firstSeen condition key to the moment triage first saw it, kept across evaluations
 */
public record TriageInput(Instant now, String cluster, List<Service> services, List<Task> tasks,
                          List<ServiceMetrics> metrics, SessionStatus status, TriageThresholds thresholds,
                          Map<String, Instant> firstSeen) {
    public TriageInput {
        services = services == null ? List.of() : List.copyOf(services);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        firstSeen = firstSeen == null ? Map.of() : Map.copyOf(firstSeen);
        thresholds = thresholds == null ? TriageThresholds.defaults() : thresholds;
    }

    /** Stopped tasks of a service that stopped within the lookback, newest first. */
    public List<Task> recentlyStopped(String service) {
        Instant oldest = now.minus(thresholds.stoppedLookback());
        return tasks.stream()
                .filter(Task::stopped)
                .filter(t -> service.equals(t.serviceName()))
                .filter(t -> t.stoppedAt() != null && !t.stoppedAt().isBefore(oldest))
                .sorted(java.util.Comparator.comparing(Task::stoppedAt).reversed())
                .toList();
    }
}
