package dev.berth.core.model;

import java.time.Instant;
import java.util.List;

/**
 * An ECS task, running or recently stopped, with why it stopped when it did, where it runs
 * (capacity provider, zone, subnet, network interface and private IP) and what started it
 * ({@code startedBy}: the deployment or task set id for service tasks).
 */
public record Task(
        String arn,
        String id,
        String clusterArn,
        String taskDefinitionArn,
        String group,
        String startedBy,
        String lastStatus,
        String desiredStatus,
        String healthStatus,
        String launchType,
        String capacityProvider,
        String availabilityZone,
        String privateIp,
        String containerInstanceArn,
        String cpu,
        String memory,
        Instant createdAt,
        Instant startedAt,
        Instant stoppingAt,
        Instant stoppedAt,
        String stopCode,
        String stoppedReason,
        List<Container> containers,
        String networkInterfaceId,
        String subnetId) {

    public Task {
        Checks.require(arn, "arn");
        Checks.require(id, "id");
        containers = Checks.list(containers);
    }

    /** A task without its network interface and subnet (not awsvpc, or not known). */
    public Task(String arn, String id, String clusterArn, String taskDefinitionArn, String group, String startedBy,
                String lastStatus, String desiredStatus, String healthStatus, String launchType, String capacityProvider,
                String availabilityZone, String privateIp, String containerInstanceArn, String cpu, String memory,
                Instant createdAt, Instant startedAt, Instant stoppingAt, Instant stoppedAt, String stopCode,
                String stoppedReason, List<Container> containers) {
        this(arn, id, clusterArn, taskDefinitionArn, group, startedBy, lastStatus, desiredStatus, healthStatus, launchType,
                capacityProvider, availabilityZone, privateIp, containerInstanceArn, cpu, memory, createdAt, startedAt,
                stoppingAt, stoppedAt, stopCode, stoppedReason, containers, null, null);
    }

    public boolean running() {
        return "RUNNING".equals(lastStatus);
    }

    public boolean stopped() {
        return "STOPPED".equals(lastStatus);
    }

    /** The service this task belongs to, from its group ({@code service:web}), or null. */
    public String serviceName() {
        return group != null && group.startsWith("service:") ? group.substring("service:".length()) : null;
    }

    public String revision() {
        return TaskDefinitionRef.familyRevision(taskDefinitionArn);
    }
}
