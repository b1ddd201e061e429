package dev.berth.core.model;

import java.time.Instant;

/**
 * One deployment of a service. {@code status} is PRIMARY, ACTIVE or INACTIVE; {@code rolloutState}
 * is IN_PROGRESS, COMPLETED or FAILED (null for services without a rollout state).
 */
public record Deployment(
        String id,
        String status,
        String taskDefinitionArn,
        int desiredCount,
        int runningCount,
        int pendingCount,
        int failedTasks,
        String rolloutState,
        String rolloutStateReason,
        Instant createdAt,
        Instant updatedAt) {

    public Deployment {
        Checks.require(id, "id");
    }

    public String revision() {
        return TaskDefinitionRef.familyRevision(taskDefinitionArn);
    }
}
