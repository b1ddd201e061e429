package dev.berth.core.triage;

import dev.berth.core.model.Service;
import dev.berth.core.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cloud Map instances of a service's running tasks reported unhealthy: clients resolving the name
 * get fewer addresses (or, with none healthy, all of them anyway, failing).
 */
public final class UnhealthyDiscoveryInstancesRule implements TriageRule {
    private static final int MAX_EVIDENCE = 5;

    private static List<DiscoveryInstances.Entry> unhealthy(TriageInput in, Service s) {
        return DiscoveryInstances.of(in, s).stream()
                .filter(e -> e.instance().unhealthy() && DiscoveryInstances.live(in, e.instance())).toList();
    }

    private static String key(TriageInput in, Service s) {
        return Evidence.id(FindingKind.DISCOVERY_INSTANCES_UNHEALTHY, in.cluster(), s.name());
    }

    @Override
    public Set<String> conditions(TriageInput in) {
        return in.services().stream().filter(s -> !unhealthy(in, s).isEmpty()).map(s -> key(in, s)).collect(Collectors.toSet());
    }

    @Override
    public List<Finding> findings(TriageInput in) {
        List<Finding> out = new ArrayList<>();
        for (Service s : in.services()) {
            List<DiscoveryInstances.Entry> bad = unhealthy(in, s);
            if (bad.isEmpty()) {
                continue;
            }
            List<DiscoveryInstances.Entry> live = DiscoveryInstances.of(in, s).stream()
                    .filter(e -> DiscoveryInstances.live(in, e.instance())).toList();
            String host = bad.get(0).registry().hostname();
            out.add(Evidence.finding(FindingKind.DISCOVERY_INSTANCES_UNHEALTHY,
                    bad.size() == live.size() ? Severity.ERROR : Severity.WARN, in, s.name(), bad.get(0).instance().taskId(),
                    s.name() + ": " + bad.size() + " of " + live.size() + " instances of " + host + " unhealthy",
                    in.firstSeen().get(key(in, s)),
                    bad.stream().limit(MAX_EVIDENCE).map(e -> DiscoveryInstances.address(e) + ", task " + e.instance().taskId())
                            .toList()));
        }
        return out;
    }
}
