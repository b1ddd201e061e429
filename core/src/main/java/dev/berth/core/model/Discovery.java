package dev.berth.core.model;

import java.util.List;
import java.util.Set;

/**
 * How other services find a service: its Cloud Map registries with their instances, which of those
 * instances still point at a running task, and its Service Connect settings (null when it has none).
 *
 * @param runningTaskIds the service's running tasks when the instances were read
 */
public record Discovery(String cluster, String service, List<DiscoveryRegistry> registries, Set<String> runningTaskIds,
                        ServiceConnectSettings serviceConnect) {
    public Discovery {
        Checks.require(cluster, "cluster");
        Checks.require(service, "service");
        registries = Checks.list(registries);
        runningTaskIds = runningTaskIds == null ? Set.of() : Set.copyOf(runningTaskIds);
    }

    /**
     * True when the instance stands for a task that is not running: DNS still answers with an
     * address nothing serves.
     */
    public boolean pointsNowhere(DiscoveryInstance instance) {
        return instance.taskId() != null && !runningTaskIds.contains(instance.taskId());
    }

    /** Every instance over all registries that points nowhere. */
    public List<DiscoveryInstance> staleInstances() {
        return registries.stream().flatMap(r -> r.instances().stream()).filter(this::pointsNowhere).toList();
    }
}
