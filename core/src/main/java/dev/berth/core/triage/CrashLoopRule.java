package dev.berth.core.triage;

import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.Severity;
import dev.berth.core.model.Task;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A service whose tasks keep failing: several failed within minutes of each other, or, once ECS
 * throttles the restarts (and failures come minutes apart), several failed within the lookback
 * and ECS says it "is unable to consistently start tasks successfully".
 */
public final class CrashLoopRule implements TriageRule {
    static final String ECS_THROTTLES_RESTARTS = "is unable to consistently start tasks";

    @Override
    public List<Finding> findings(TriageInput in) {
        List<Finding> out = new ArrayList<>();
        Instant windowStart = in.now().minus(in.thresholds().crashLoopWindow());
        Instant lookbackStart = in.now().minus(in.thresholds().stoppedLookback());
        int needed = in.thresholds().crashLoopStops();
        Map<String, List<Task>> stopped = in.recentlyStopped();
        for (Service s : in.services()) {
            List<Task> failed = stopped.getOrDefault(s.name(), List.of()).stream().filter(Evidence::failed).toList();
            List<Task> recent = failed.stream().filter(t -> !t.stoppedAt().isBefore(windowStart)).toList();
            ServiceEvent throttled = s.events().stream()
                    .filter(e -> e.message().contains(ECS_THROTTLES_RESTARTS) && !e.at().isBefore(lookbackStart))
                    .findFirst().orElse(null);
            String title;
            List<Task> shown;
            if (recent.size() >= needed) {
                title = s.name() + ": crash loop, " + recent.size() + " tasks failed in the last "
                        + in.thresholds().crashLoopWindow().toMinutes() + " min";
                shown = recent;
            } else if (throttled != null && failed.size() >= needed) {
                title = s.name() + ": crash loop, " + failed.size() + " tasks failed and ECS is throttling restarts";
                shown = failed;
            } else {
                continue;
            }
            List<String> evidence = new ArrayList<>(Evidence.stops(shown, 5));
            if (throttled != null) {
                evidence.add(throttled.at() + " " + throttled.message());
            }
            out.add(Evidence.finding(FindingKind.CRASH_LOOP, Severity.CRITICAL, in, s.name(), shown.get(0).id(), title,
                    Evidence.earliestStop(failed), evidence));
        }
        return out;
    }
}
