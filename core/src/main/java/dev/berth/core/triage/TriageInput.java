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
 * and recently stopped), metrics, what surrounds the services (load balancers, Cloud Map, container
 * instances, alarms), the session's own health, thresholds, and since when each ongoing condition has
 * been seen (for rules like "below desired for more than three minutes").
 *
 * @param now       the best estimate of AWS's clock (never behind the newest timestamp in the data)
 * @param firstSeen condition key to the moment triage first saw it, kept across evaluations
 */
public record TriageInput(Instant now, String cluster, List<Service> services, List<Task> tasks,
                          List<ServiceMetrics> metrics, SessionStatus status, TriageThresholds thresholds,
                          Map<String, Instant> firstSeen, Surroundings surroundings) {
    public TriageInput {
        services = services == null ? List.of() : List.copyOf(services);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        firstSeen = firstSeen == null ? Map.of() : Map.copyOf(firstSeen);
        thresholds = thresholds == null ? TriageThresholds.defaults() : thresholds;
        surroundings = surroundings == null ? Surroundings.NONE : surroundings;
    }

    /** A cluster's input with nothing known of what surrounds its services. */
    public TriageInput(Instant now, String cluster, List<Service> services, List<Task> tasks, List<ServiceMetrics> metrics,
                       SessionStatus status, TriageThresholds thresholds, Map<String, Instant> firstSeen) {
        this(now, cluster, services, tasks, metrics, status, thresholds, firstSeen, Surroundings.NONE);
    }

    /** The task with this private IP that has not stopped, else the newest that has; null when none. */
    public Task taskAt(String ip) {
        Task best = null;
        for (Task t : tasks) {
            if (ip != null && ip.equals(t.privateIp()) && (best == null || best.stopped() && !t.stopped()
                    || best.stopped() == t.stopped() && t.createdAt() != null && best.createdAt() != null
                    && t.createdAt().isAfter(best.createdAt()))) {
                best = t;
            }
        }
        return best;
    }

    /** The task with this id, or null when the task list does not hold it. */
    public Task task(String id) {
        return tasks.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * Each service's tasks that stopped within the lookback, newest first. One pass over the tasks for
     * all services: rules look at every service, and a scan of the tasks per service made triage of
     * 5,000 services burn a core.
     */
    public Map<String, List<Task>> recentlyStopped() {
        Instant oldest = now.minus(thresholds.stoppedLookback());
        return tasks.stream()
                .filter(t -> t.stopped() && t.serviceName() != null && t.stoppedAt() != null && !t.stoppedAt().isBefore(oldest))
                .sorted(java.util.Comparator.comparing(Task::stoppedAt).reversed())
                .collect(java.util.stream.Collectors.groupingBy(Task::serviceName));
    }
}
