package dev.berth.sandbox.ecs;

/**
 * Cloud Map services as the ECS scheduler uses them for services with {@code serviceRegistries}:
 * checked at service creation, an instance per running task, removed when the task stops. The
 * region connects its Cloud Map here.
 */
public interface RegistryLink {
    /** Why ECS refuses this registry for a service, or null; {@code withPort} when the entry names a port. */
    String refusal(String registryArn, boolean withPort);

    void register(String registryArn, TaskEndpoint endpoint);

    void deregister(String registryArn, String taskId);
}
