package dev.berth.core.triage;

import dev.berth.core.model.Service;
import dev.berth.core.model.Severity;
import dev.berth.core.model.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules that look for one way tasks stop: per service, the tasks stopped within the lookback that
 * match become one finding (since the first, evidence newest first, opening the newest task).
 */
abstract class StoppedTaskRule implements TriageRule {
    private static final int MAX_EVIDENCE = 5;

    abstract FindingKind kind();

    abstract Severity severity();

    abstract boolean matches(Task task);

    abstract String title(String service, int count);

    @Override
    public List<Finding> findings(TriageInput in) {
        List<Finding> out = new ArrayList<>();
        for (Service s : in.services()) {
            List<Task> hits = in.recentlyStopped(s.name()).stream()
                    .filter(t -> !Evidence.requestedStop(t))
                    .filter(this::matches)
                    .toList();
            if (!hits.isEmpty()) {
                out.add(Evidence.finding(kind(), severity(), in, s.name(), hits.get(0).id(),
                        title(s.name(), hits.size()), Evidence.earliestStop(hits), Evidence.stops(hits, MAX_EVIDENCE)));
            }
        }
        return out;
    }

    static String tasks(int n) {
        return n == 1 ? "1 task" : n + " tasks";
    }
}
