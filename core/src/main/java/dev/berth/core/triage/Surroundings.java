package dev.berth.core.triage;

import dev.berth.core.model.Alarm;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.DiscoveryRegistry;
import dev.berth.core.model.TargetGroup;
import java.util.List;

/**
 * What lies next to a cluster's services that triage looks at: their target groups with every
 * target's health, their Cloud Map registries with their instances, the cluster's container
 * instances, and the alarms on its metrics. Empty lists where nothing is known.
 */
public record Surroundings(List<TargetGroup> targetGroups, List<DiscoveryRegistry> registries,
                           List<ContainerInstance> containerInstances, List<Alarm> alarms) {
    public static final Surroundings NONE = new Surroundings(List.of(), List.of(), List.of(), List.of());

    public Surroundings {
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        registries = registries == null ? List.of() : List.copyOf(registries);
        containerInstances = containerInstances == null ? List.of() : List.copyOf(containerInstances);
        alarms = alarms == null ? List.of() : List.copyOf(alarms);
    }

    public TargetGroup targetGroup(String arn) {
        return targetGroups.stream().filter(g -> g.arn().equals(arn)).findFirst().orElse(null);
    }

    public DiscoveryRegistry registry(String arn) {
        return registries.stream().filter(r -> r.arn().equals(arn)).findFirst().orElse(null);
    }
}
