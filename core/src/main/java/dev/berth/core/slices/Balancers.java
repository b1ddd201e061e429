package dev.berth.core.slices;

import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.TargetGroup;
import java.util.List;

/** Target groups with every target's health, and the load balancers in front of them, as one poll reads them. */
record Balancers(List<TargetGroup> targetGroups, List<LoadBalancer> loadBalancers) {
    static final Balancers NONE = new Balancers(List.of(), List.of());

    Balancers {
        targetGroups = List.copyOf(targetGroups);
        loadBalancers = List.copyOf(loadBalancers);
    }
}
