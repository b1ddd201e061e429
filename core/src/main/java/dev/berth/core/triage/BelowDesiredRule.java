package dev.berth.core.triage;

import dev.berth.core.model.Service;
import dev.berth.core.model.Severity;
import dev.berth.core.model.Task;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A service running fewer tasks than it wants for longer than the threshold (a rollout replacing
 * tasks dips below desired for moments; that is not a finding).
 */
public final class BelowDesiredRule implements TriageRule {
    static String key(String cluster, String service) {
        return "below-desired:" + cluster + "/" + service;
    }

    private static boolean below(Service s) {
        return "ACTIVE".equals(s.status()) && s.runningCount() < s.desiredCount();
    }

    @Override
    public Set<String> conditions(TriageInput in) {
        return in.services().stream().filter(BelowDesiredRule::below).map(s -> key(in.cluster(), s.name()))
                .collect(Collectors.toSet());
    }

    @Override
    public List<Finding> findings(TriageInput in) {
        List<Finding> out = new ArrayList<>();
        Map<String, List<Task>> stopped = in.recentlyStopped();
        for (Service s : in.services()) {
            Instant since = in.firstSeen().get(key(in.cluster(), s.name()));
            if (!below(s) || since == null || in.now().isBefore(since.plus(in.thresholds().belowDesiredFor()))) {
                continue;
            }
            List<String> evidence = new ArrayList<>();
            evidence.add("running " + s.runningCount() + " of " + s.desiredCount() + " desired, " + s.pendingCount() + " pending");
            s.events().stream().limit(3).forEach(e -> evidence.add(e.at() + " " + e.message()));
            String taskId = stopped.getOrDefault(s.name(), List.of()).stream().findFirst().map(t -> t.id()).orElse(null);
            out.add(Evidence.finding(FindingKind.BELOW_DESIRED, s.runningCount() == 0 ? Severity.CRITICAL : Severity.ERROR,
                    in, s.name(), taskId, s.name() + ": running " + s.runningCount() + " of " + s.desiredCount(),
                    since, evidence));
        }
        return out;
    }
}
