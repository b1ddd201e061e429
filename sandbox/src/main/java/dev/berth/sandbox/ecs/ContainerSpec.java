package dev.berth.sandbox.ecs;

import dev.berth.sandbox.ecs.workload.LogLines;
import dev.berth.sandbox.ecs.workload.Workload;
import java.util.List;

/**
 * The parts of one container definition the control plane acts on (the full definition is kept as
 * JSON for answers).
 *
 * @param logs   where the awslogs driver sends its output, or null for other drivers
 * @param health the container health check, or null
 */
record ContainerSpec(String name, String image, boolean essential, int cpu, Integer memory, Integer memoryReservation,
                     List<PortMapping> ports, LogTarget logs, HealthCheck health, Workload workload, LogLines lines) {

    record PortMapping(int containerPort, int hostPort, String protocol) {
    }

    /** awslogs options: group, stream prefix and (rarely) another region. */
    record LogTarget(String group, String streamPrefix, String region) {
        String stream(String containerName, String taskId) {
            return streamPrefix == null || streamPrefix.isEmpty()
                    ? taskId + "/" + containerName
                    : streamPrefix + "/" + containerName + "/" + taskId;
        }
    }

    record HealthCheck(int intervalSeconds, int startPeriodSeconds) {
    }

    /** Memory this container reserves on a container instance. */
    int reservedMemory() {
        return memoryReservation != null ? memoryReservation : memory != null ? memory : 0;
    }
}
