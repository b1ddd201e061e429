package dev.berth.core.triage;

import dev.berth.core.model.Service;
import dev.berth.core.model.Severity;
import dev.berth.core.model.Task;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Several tasks of one service failing within minutes of each other: the service keeps crashing. */
public final class CrashLoopRule implements TriageRule {
    @Override
    public List<Finding> findings(TriageInput in) {
        List<Finding> out = new ArrayList<>();
        Instant windowStart = in.now().minus(in.thresholds().crashLoopWindow());
        for (Service s : in.services()) {
            List<Task> failed = in.recentlyStopped(s.name()).stream()
                    .filter(Evidence::failed)
                    .filter(t -> !t.stoppedAt().isBefore(windowStart))
                    .toList();
            if (failed.size() >= in.thresholds().crashLoopStops()) {
                Instant since = Evidence.earliestStop(in.recentlyStopped(s.name()).stream().filter(Evidence::failed).toList());
                out.add(Evidence.finding(FindingKind.CRASH_LOOP, Severity.CRITICAL, in, s.name(), failed.get(0).id(),
                        s.name() + ": crash loop, " + failed.size() + " tasks failed in the last "
                                + in.thresholds().crashLoopWindow().toMinutes() + " min",
                        since, Evidence.stops(failed, 5)));
            }
        }
        return out;
    }
}
