package dev.berth.sandbox.elb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.ecs.workload.HealthCheckAnswer;
import dev.berth.sandbox.wire.JsonCodec;

/**
 * One registered target of a target group and its health as ELB sees it: {@code initial} while the
 * first checks run, then {@code healthy} or {@code unhealthy} after enough checks in a row, and
 * {@code draining} once deregistered. A task's target carries its cluster and task id, so failing
 * checks reach the ECS scheduler.
 */
final class Target {
    final String id;
    final int port;
    final String availabilityZone;
    final HealthCheckAnswer answer;
    /** The task behind the target, or null for targets registered by hand. */
    final String cluster;
    final String taskId;
    String state = "initial";
    String reason = "Elb.RegistrationInProgress";
    String description = "Target registration is in progress";
    int passes;
    int failures;
    /** Bumped when the target starts draining, so checks planned before are dropped. */
    int plan;

    Target(String id, int port, String availabilityZone, HealthCheckAnswer answer, String cluster, String taskId) {
        this.id = id;
        this.port = port;
        this.availabilityZone = availabilityZone;
        this.answer = answer;
        this.cluster = cluster;
        this.taskId = taskId;
    }

    static String key(String id, int port) {
        return id + ":" + port;
    }

    void set(String newState, String newReason, String newDescription) {
        state = newState;
        reason = newReason;
        description = newDescription;
    }

    ObjectNode toJson(String healthCheckPort) {
        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        ObjectNode target = out.putObject("Target").put("Id", id).put("Port", port);
        if (availabilityZone != null) {
            target.put("AvailabilityZone", availabilityZone);
        }
        out.put("HealthCheckPort", healthCheckPort.equals("traffic-port") ? Integer.toString(port) : healthCheckPort);
        ObjectNode health = out.putObject("TargetHealth").put("State", state);
        if (reason != null) {
            health.put("Reason", reason);
            health.put("Description", description);
        }
        return out;
    }
}
