package dev.berth.core.model;

import java.time.Instant;
import java.util.List;

/** An ECS task, running or recently stopped, with why it stopped when it did. */
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
        List<Container> containers) {

    public Task {
        Checks.require(arn, "arn");
        Checks.require(id, "id");
        containers = Checks.list(containers);
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
