package dev.berth.core.model;

import java.util.Map;

/**
 * One registered instance of a Cloud Map service: the address DNS answers with and the health last
 * reported for it.
 *
 * @param health     HEALTHY, UNHEALTHY or UNKNOWN (the service checks no health)
 * @param taskId     the ECS task it stands for (ECS registers a task under its id), or null for
 *                   instances registered by something else
 * @param attributes everything the instance was registered with
 */
public record DiscoveryInstance(String id, String ipv4, Integer port, String availabilityZone, String health, String taskId,
                                Map<String, String> attributes) {
    public DiscoveryInstance {
        Checks.require(id, "id");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public boolean unhealthy() {
        return "UNHEALTHY".equals(health);
    }
}
