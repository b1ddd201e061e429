package dev.berth.core.triage;

import dev.berth.core.model.Service;
import dev.berth.core.model.Severity;
import dev.berth.core.model.Task;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Cloud Map record that points nowhere: an instance of a service's registry whose task has
 * stopped (its deregistration was lost), so DNS keeps answering an address nothing serves. An
 * instance whose task the task list does not hold at all (stopped over an hour ago, or started
 * a moment ago) counts only once that has lasted {@value #UNKNOWN_FOR_MINUTES} minutes.
 */
public final class StaleDiscoveryRecordRule implements TriageRule {
    static final long UNKNOWN_FOR_MINUTES = 2;
    private static final int MAX_EVIDENCE = 5;

    private static String key(TriageInput in, Service s, String instance) {
        return Evidence.id(FindingKind.DISCOVERY_RECORD_STALE, in.cluster(), s.name()) + "/" + instance;
    }

    @Override
    public Set<String> conditions(TriageInput in) {
        return in.services().stream().flatMap(s -> DiscoveryInstances.of(in, s).stream()
                        .filter(e -> e.instance().taskId() != null && DiscoveryInstances.task(in, e.instance()) == null)
                        .map(e -> key(in, s, e.instance().id())))
                .collect(Collectors.toSet());
    }

    @Override
    public List<Finding> findings(TriageInput in) {
        List<Finding> out = new ArrayList<>();
        for (Service s : in.services()) {
            List<DiscoveryInstances.Entry> all = DiscoveryInstances.of(in, s);
            List<DiscoveryInstances.Entry> stale = all.stream().filter(e -> stale(in, s, e)).toList();
            if (stale.isEmpty()) {
                continue;
            }
            DiscoveryInstances.Entry first = stale.get(0);
            Task task = DiscoveryInstances.task(in, first.instance());
            String title = stale.size() == 1
                    ? s.name() + ": " + first.registry().hostname() + " still answers " + first.instance().ipv4() + " of "
                    + (task == null ? "task " + first.instance().taskId() + ", which is not running" : "stopped task " + task.id())
                    : s.name() + ": " + stale.size() + " Cloud Map records point at no running task";
            Instant since = stale.stream().map(e -> since(in, s, e)).filter(t -> t != null).min(Comparator.naturalOrder()).orElse(null);
            boolean none = stale.size() == all.size();
            out.add(Evidence.finding(FindingKind.DISCOVERY_RECORD_STALE, none ? Severity.CRITICAL : Severity.ERROR, in, s.name(),
                    first.instance().taskId(), title, since,
                    stale.stream().limit(MAX_EVIDENCE).map(e -> describe(in, e)).toList()));
        }
        return out;
    }

    private static boolean stale(TriageInput in, Service s, DiscoveryInstances.Entry e) {
        if (e.instance().taskId() == null) {
            return false;
        }
        Task t = DiscoveryInstances.task(in, e.instance());
        if (t != null) {
            return t.stopped();
        }
        Instant seen = in.firstSeen().get(key(in, s, e.instance().id()));
        return seen != null && !in.now().isBefore(seen.plus(Duration.ofMinutes(UNKNOWN_FOR_MINUTES)));
    }

    private static Instant since(TriageInput in, Service s, DiscoveryInstances.Entry e) {
        Task t = DiscoveryInstances.task(in, e.instance());
        return t != null && t.stoppedAt() != null ? t.stoppedAt() : in.firstSeen().get(key(in, s, e.instance().id()));
    }

    private static String describe(TriageInput in, DiscoveryInstances.Entry e) {
        Task t = DiscoveryInstances.task(in, e.instance());
        String task = t == null ? "task " + e.instance().taskId() + " is not in the task list"
                : "task " + t.id() + " stopped" + (t.stoppedAt() == null ? "" : " " + t.stoppedAt())
                + (t.stoppedReason() == null ? "" : ": " + t.stoppedReason());
        return DiscoveryInstances.address(e) + ": " + task;
    }
}
