package dev.berth.core.triage;

import java.util.List;
import java.util.Set;

/** One kind of trouble triage looks for: a pure function from a {@link TriageInput} to findings. */
public interface TriageRule {
    List<Finding> findings(TriageInput input);

    /**
     * Keys of conditions that hold now and whose duration matters; triage remembers when each was
     * first seen and hands that back in {@link TriageInput#firstSeen()}.
     */
    default Set<String> conditions(TriageInput input) {
        return Set.of();
    }
}
