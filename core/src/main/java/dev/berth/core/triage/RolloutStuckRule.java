package dev.berth.core.triage;

import dev.berth.core.model.Deployment;
import dev.berth.core.model.Service;
import dev.berth.core.model.Severity;
import java.util.ArrayList;
import java.util.List;

/** A rollout still in progress long after it started. */
public final class RolloutStuckRule implements TriageRule {
    @Override
    public List<Finding> findings(TriageInput in) {
        List<Finding> out = new ArrayList<>();
        for (Service s : in.services()) {
            Deployment d = s.primaryDeployment();
            if (d == null || !"IN_PROGRESS".equals(d.rolloutState()) || d.createdAt() == null
                    || in.now().isBefore(d.createdAt().plus(in.thresholds().rolloutStuckAfter()))) {
                continue;
            }
            long minutes = java.time.Duration.between(d.createdAt(), in.now()).toMinutes();
            out.add(Evidence.finding(FindingKind.ROLLOUT_STUCK, Severity.WARN, in, s.name(), null,
                    s.name() + ": rollout of " + d.revision() + " in progress for " + minutes + " min", d.createdAt(),
                    List.of("deployment " + d.id() + ": running " + d.runningCount() + " of " + d.desiredCount()
                            + ", " + d.pendingCount() + " pending, " + d.failedTasks() + " failed")));
        }
        return out;
    }
}
