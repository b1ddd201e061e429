package dev.berth.core.triage;

import dev.berth.core.SessionStatus;
import dev.berth.core.config.TriageThresholds;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceMetrics;
import dev.berth.core.model.Task;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the rules over a cluster's snapshots and merges their findings: worst first, then oldest;
 * a crash loop hides the single non-zero exits of the same service. Remembers since when ongoing
 * conditions have held, per cluster, from one evaluation to the next.
 */
public final class Triage {
    private final List<TriageRule> rules;
    private final TriageThresholds thresholds;
    private final Map<String, Map<String, Instant>> firstSeen = new HashMap<>();

    public Triage(List<TriageRule> rules, TriageThresholds thresholds) {
        this.rules = List.copyOf(rules);
        this.thresholds = thresholds;
    }

    /** Every rule Berth knows. */
    public static Triage standard(TriageThresholds thresholds) {
        return new Triage(List.of(new BelowDesiredRule(), new RolloutFailedRule(), new RolloutStuckRule(),
                new CrashLoopRule(), StoppedTaskRule.oomKilled(), StoppedTaskRule.nonZeroExit(),
                StoppedTaskRule.imagePullFailed(), StoppedTaskRule.healthCheckFailed(), UtilisationRule.cpu(),
                UtilisationRule.memory(), new ThrottledRule(), TargetHealthRule.unhealthy(), TargetHealthRule.draining(),
                new StaleDiscoveryRecordRule(), new UnhealthyDiscoveryInstancesRule(), new DisconnectedAgentRule(),
                StoppedTaskRule.spotInterrupted(),
                new AlarmFiringRule()), thresholds);
    }

    /** Findings for one cluster now from its services, tasks and metrics alone, ordered worst first. */
    public List<Finding> evaluate(String cluster, List<Service> services, List<Task> tasks, List<ServiceMetrics> metrics,
                                  SessionStatus status, Instant now) {
        return evaluate(cluster, services, tasks, metrics, Surroundings.NONE, status, now);
    }

    /** Findings for one cluster now, what surrounds its services included, ordered worst first. */
    public synchronized List<Finding> evaluate(String cluster, List<Service> services, List<Task> tasks,
                                               List<ServiceMetrics> metrics, Surroundings surroundings,
                                               SessionStatus status, Instant now) {
        Map<String, Instant> seen = firstSeen.computeIfAbsent(cluster, c -> new HashMap<>());
        TriageInput probe = new TriageInput(now, cluster, services, tasks, metrics, status, thresholds, seen, surroundings);
        Set<String> holding = new HashSet<>();
        for (TriageRule r : rules) {
            holding.addAll(r.conditions(probe));
        }
        seen.keySet().retainAll(holding);
        holding.forEach(k -> seen.putIfAbsent(k, now));

        TriageInput input = new TriageInput(now, cluster, services, tasks, metrics, status, thresholds, seen, surroundings);
        Map<String, Finding> byId = new LinkedHashMap<>();
        for (TriageRule r : rules) {
            for (Finding f : r.findings(input)) {
                byId.putIfAbsent(f.id(), f);
            }
        }
        List<Finding> out = new ArrayList<>(byId.values());
        Set<String> looping = new HashSet<>();
        out.stream().filter(f -> f.kind() == FindingKind.CRASH_LOOP).forEach(f -> looping.add(f.service()));
        out.removeIf(f -> f.kind() == FindingKind.NON_ZERO_EXIT && looping.contains(f.service()));
        out.sort(ORDER);
        return out;
    }

    /** Worst severity first, then the longest-standing, then by id for a stable order. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(f -> f.since() == null ? Instant.MAX : f.since())
            .thenComparing(Finding::id);

    /**
     * The best estimate of AWS's clock: the local clock, unless the data holds newer timestamps
     * (clock skew, or a sandbox running faster than real time).
     */
    public static Instant estimateNow(Instant local, List<Service> services, List<Task> tasks) {
        Instant latest = local;
        for (Service s : services) {
            for (var e : s.events()) {
                latest = max(latest, e.at());
            }
            for (var d : s.deployments()) {
                latest = max(latest, d.updatedAt());
            }
        }
        for (Task t : tasks) {
            latest = max(max(latest, t.stoppedAt()), t.createdAt());
        }
        return latest;
    }

    private static Instant max(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
