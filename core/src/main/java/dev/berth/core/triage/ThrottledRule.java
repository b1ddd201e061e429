package dev.berth.core.triage;

import dev.berth.core.model.Severity;
import java.util.List;

/** Berth's own calls are being throttled: what it shows may lag. */
public final class ThrottledRule implements TriageRule {
    @Override
    public List<Finding> findings(TriageInput in) {
        if (in.status() == null || !in.status().throttled()) {
            return List.of();
        }
        String last = in.status().lastProblem() == null ? "" : in.status().lastProblem().message();
        return List.of(new Finding("throttled:*", FindingKind.THROTTLED, Severity.WARN, null, null, null,
                "AWS is throttling Berth's calls; views refresh more slowly", in.now(),
                last.isEmpty() ? List.of(in.status().callsLastMinute() + " calls in the last minute")
                        : List.of(last, in.status().callsLastMinute() + " calls in the last minute")));
    }
}
