package dev.berth.core.model;

import java.time.Instant;

/** An EC2 container instance: capacity left, agent and its connection. */
public record ContainerInstance(
        String arn,
        String ec2InstanceId,
        String status,
        boolean agentConnected,
        String agentVersion,
        int runningTasks,
        int pendingTasks,
        int registeredCpu,
        int remainingCpu,
        int registeredMemory,
        int remainingMemory,
        String availabilityZone,
        Instant registeredAt) {

    public ContainerInstance {
        Checks.require(arn, "arn");
    }
}
