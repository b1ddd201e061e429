package dev.berth.core.model;

/**
 * A service's link to a Cloud Map service (ECS registers each task there).
 *
 * @param port          the port SRV records carry, when the entry names one
 * @param containerPort the container port SRV records carry (bridge and host mode), or null
 */
public record ServiceRegistryRef(String registryArn, Integer port, String containerName, Integer containerPort) {
    public ServiceRegistryRef {
        Checks.require(registryArn, "registryArn");
    }
}
