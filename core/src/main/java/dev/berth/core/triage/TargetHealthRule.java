package dev.berth.core.triage;

import dev.berth.core.model.Service;
import dev.berth.core.model.Severity;
import dev.berth.core.model.Task;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetHealth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rules about the targets a service's tasks are behind a load balancer: per service, the targets in
 * one state over all its target groups (task sets' included) become one finding, opening the task
 * behind the first of them, since the state was first seen.
 */
abstract class TargetHealthRule implements TriageRule {
    private static final int MAX_EVIDENCE = 6;

    abstract FindingKind kind();

    abstract boolean selects(TargetHealth target);

    abstract Severity severity(int selected, long healthy);

    /** "2 of 3 targets unhealthy". */
    abstract String what(int selected, int total);

    private String key(TriageInput in, Service s) {
        return Evidence.id(kind(), in.cluster(), s.name());
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
            out.add(Evidence.finding(kind(), severity(hits.size(), healthy), in, s.name(), first == null ? null : first.id(),
                    s.name() + ": " + what(hits.size(), total) + " in " + String.join(", ", groups),
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
                g.targets().stream().filter(this::selects).forEach(t -> hits.add(new Hit(g, t)));
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

    static String targets(int n) {
        return n == 1 ? "1 target" : n + " targets";
    }
}
