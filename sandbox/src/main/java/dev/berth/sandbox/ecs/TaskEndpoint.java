package dev.berth.sandbox.ecs;

import dev.berth.sandbox.ecs.workload.HealthCheckAnswer;

/**
 * A running task as a load balancer or a service registry sees it: how to reach it and how it
 * answers health checks.
 *
 * @param address the task's private IP (awsvpc) or its EC2 instance id (bridge and host mode)
 * @param port    the container port (awsvpc) or the host port the container is bound to
 */
public record TaskEndpoint(String cluster, String service, String taskId, String address, int port,
                           String availabilityZone, String family, HealthCheckAnswer health) {
}
