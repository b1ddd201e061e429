package dev.berth.core.model;

/**
 * One target of a target group and its health as the load balancer sees it.
 *
 * @param targetId    a private IP (ip target groups) or an EC2 instance id
 * @param state       initial, healthy, unhealthy, unhealthy.draining, unused, draining or unavailable
 * @param reason      ELB's reason code ({@code Target.ResponseCodeMismatch}, {@code Target.Timeout}, ...), null when healthy
 * @param description ELB's words for the reason ("Health checks failed with these codes: [502]")
 * @param taskId      the ECS task behind the target (matched by its private IP), or null when none is known
 */
public record TargetHealth(String targetId, Integer port, String availabilityZone, String state, String reason,
                           String description, String taskId) {
    public TargetHealth {
        Checks.require(targetId, "targetId");
        Checks.require(state, "state");
    }

    public boolean healthy() {
        return state.equals("healthy");
    }

    public boolean unhealthy() {
        return state.startsWith("unhealthy");
    }

    public boolean draining() {
        return state.equals("draining") || state.equals("unhealthy.draining");
    }

    /** The same target, now known to be the given task. */
    public TargetHealth withTask(String newTaskId) {
        return new TargetHealth(targetId, port, availabilityZone, state, reason, description, newTaskId);
    }
}
