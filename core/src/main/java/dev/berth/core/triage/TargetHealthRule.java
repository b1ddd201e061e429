package dev.berth.core.triage;

import dev.berth.core.model.Service;
import dev.berth.core.model.Severity;
import dev.berth.core.model.Task;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetHealth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The targets a service's tasks are behind a load balancer in one state: per service, those over all
 * its target groups (task sets' included) become one finding, opening the task behind the first of
 * them, since the state was first seen.
 */
final class TargetHealthRule implements TriageRule {
    private static final int MAX_EVIDENCE = 6;

    private final FindingKind kind;
    private final String state;
    private final Predicate<TargetHealth> selects;
    /** The severity given how many targets are selected and how many of the service's are healthy. */
    private final BiFunction<Integer, Long, Severity> severity;

    private TargetHealthRule(FindingKind kind, String state, Predicate<TargetHealth> selects,
                             BiFunction<Integer, Long, Severity> severity) {
        this.kind = kind;
        this.state = state;
        this.selects = selects;
        this.severity = severity;
    }

    /** Targets failing their health checks: critical when none of the service's targets is healthy. */
    static TargetHealthRule unhealthy() {
        return new TargetHealthRule(FindingKind.TARGETS_UNHEALTHY, "unhealthy", TargetHealth::unhealthy,
                (selected, healthy) -> healthy == 0 ? Severity.CRITICAL : Severity.ERROR);
    }

    /**
     * Targets draining: normal for moments during a deployment, telling when it goes on (tasks
     * replaced again and again) or when nothing healthy is left.
     */
    static TargetHealthRule draining() {
        return new TargetHealthRule(FindingKind.TARGETS_DRAINING, "draining", TargetHealth::draining,
                (selected, healthy) -> healthy == 0 ? Severity.WARN : Severity.INFO);
    }

    private String key(TriageInput in, Service s) {
        return Evidence.id(kind, in.cluster(), s.name());
    }

    @Override
    public Set<String> conditions(TriageInput in) {
        return in.services().stream().filter(s -> !selected(in, s).isEmpty()).map(s -> key(in, s)).collect(Collectors.toSet());
    }

    @Override
    public List<Finding> findings(TriageInput in) {
        List<Finding> out = new ArrayList<>();
        for (Service s : in.services()) {
            List<Hit> hits = selected(in, s);
            if (hits.isEmpty()) {
                continue;
            }
            int total = 0;
            long healthy = 0;
            List<String> groups = new ArrayList<>();
            for (String arn : s.targetGroupArns()) {
                TargetGroup g = in.surroundings().targetGroup(arn);
                if (g != null) {
                    total += g.targets().size();
                    healthy += g.healthyCount();
                    if (hits.stream().anyMatch(h -> h.group == g)) {
                        groups.add(g.name());
                    }
                }
            }
            Task first = in.taskAt(hits.get(0).target.targetId());
            List<String> evidence = hits.stream().limit(MAX_EVIDENCE).map(h -> describe(in, h)).toList();
            out.add(Evidence.finding(kind, severity.apply(hits.size(), healthy), in, s.name(), first == null ? null : first.id(),
                    s.name() + ": " + hits.size() + " of " + targets(total) + " " + state + " in " + String.join(", ", groups),
                    in.firstSeen().get(key(in, s)), evidence));
        }
        return out;
    }

    private record Hit(TargetGroup group, TargetHealth target) {
    }

    private List<Hit> selected(TriageInput in, Service s) {
        List<Hit> hits = new ArrayList<>();
        for (String arn : s.targetGroupArns()) {
            TargetGroup g = in.surroundings().targetGroup(arn);
            if (g != null) {
                g.targets().stream().filter(selects).forEach(t -> hits.add(new Hit(g, t)));
            }
        }
        return hits;
    }

    /** "10.0.3.17:8080 in prod-catalog unhealthy (Target.ResponseCodeMismatch: ...), task 1a2b". */
    private static String describe(TriageInput in, Hit h) {
        TargetHealth t = h.target;
        StringBuilder s = new StringBuilder(t.targetId());
        if (t.port() != null) {
            s.append(':').append(t.port());
        }
        s.append(" in ").append(h.group.name()).append(' ').append(t.state());
        if (t.reason() != null) {
            s.append(" (").append(t.reason());
            if (t.description() != null) {
                s.append(": ").append(t.description());
            }
            s.append(')');
        }
        Task task = in.taskAt(t.targetId());
        if (task != null) {
            s.append(", task ").append(task.id()).append(' ').append(task.lastStatus());
        }
        return s.toString();
    }

    private static String targets(int n) {
        return n == 1 ? "1 target" : n + " targets";
    }
}
