package dev.berth.core.triage;

import dev.berth.core.model.Deployment;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deployment that failed: a deployment whose rollout state is FAILED, or, once the circuit
 * breaker has rolled it back and the failed deployment is gone, the service events saying so.
 */
public final class RolloutFailedRule implements TriageRule {
    @Override
    public List<Finding> findings(TriageInput in) {
        List<Finding> out = new ArrayList<>();
        Instant oldest = in.now().minus(in.thresholds().stoppedLookback());
        for (Service s : in.services()) {
            List<String> evidence = new ArrayList<>();
            Instant since = null;
            for (Deployment d : s.deployments()) {
                if ("FAILED".equals(d.rolloutState())) {
                    evidence.add("deployment " + d.id() + " of " + d.revision() + " FAILED"
                            + (d.rolloutStateReason() == null ? "" : ": " + d.rolloutStateReason())
                            + " (" + d.failedTasks() + " failed tasks)");
                    since = earliest(since, d.updatedAt() != null ? d.updatedAt() : d.createdAt());
                }
            }
            for (ServiceEvent e : s.events()) {
                String m = e.message().toLowerCase(Locale.ROOT);
                if (!e.at().isBefore(oldest) && (m.contains("deployment failed") || m.contains("rolling back to deployment")
                        || m.contains("circuit breaker"))) {
                    evidence.add(e.at() + " " + e.message());
                    since = earliest(since, e.at());
                }
            }
            if (!evidence.isEmpty()) {
                out.add(Evidence.finding(FindingKind.ROLLOUT_FAILED, Severity.ERROR, in, s.name(), null,
                        s.name() + ": rollout failed", since, evidence.stream().limit(6).toList()));
            }
        }
        return out;
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
