package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One ECS deployment of a service (an entry of {@code deployments}): a task definition revision the
 * scheduler rolls towards, its rollout state and how many of its tasks failed.
 */
final class Deployment {
    final String id;
    final TaskDefinition taskDefinition;
    final String revisionArn;
    final ServiceDeployment serviceDeployment;
    final NetworkConfiguration network;
    /** The Service Connect configuration this deployment's tasks run with, or null. */
    final JsonNode serviceConnect;
    final long createdAt;
    long updatedAt;
    String status = "PRIMARY";
    String rolloutState = "IN_PROGRESS";
    String rolloutStateReason;
    int failedTasks;
    /** Once one of its tasks ran, the failure count resets and the circuit breaker stops counting (as in ECS). */
    boolean hadRunningTask;

    Deployment(String id, TaskDefinition taskDefinition, String revisionArn, ServiceDeployment serviceDeployment,
               NetworkConfiguration network, JsonNode serviceConnect, long createdAt) {
        this.id = id;
        this.taskDefinition = taskDefinition;
        this.revisionArn = revisionArn;
        this.serviceDeployment = serviceDeployment;
        this.network = network;
        this.serviceConnect = serviceConnect;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.rolloutStateReason = "ECS deployment " + id + " in progress.";
    }

    boolean inProgress() {
        return rolloutState.equals("IN_PROGRESS");
    }

    ObjectNode toJson(EcsService service, EcsService.Counts counts) {
        ObjectNode out = Json.object();
        out.put("id", id);
        out.put("status", status);
        out.put("taskDefinition", taskDefinition.arn);
        out.put("desiredCount", desiredCount(service, counts));
        out.put("pendingCount", counts.pending());
        out.put("runningCount", counts.running());
        out.put("failedTasks", failedTasks);
        Json.time(out, "createdAt", createdAt);
        Json.time(out, "updatedAt", updatedAt);
        service.putPlacement(out);
        if (service.launchType == LaunchType.FARGATE) {
            out.put("platformVersion", "1.4.0");
            out.put("platformFamily", "Linux");
        }
        if (network != null) {
            out.set("networkConfiguration", network.toJson());
        }
        if (serviceConnect != null) {
            out.set("serviceConnectConfiguration", serviceConnect);
        }
        out.put("rolloutState", rolloutState);
        out.put("rolloutStateReason", rolloutStateReason);
        return out;
    }

    /** The primary aims at the service's desired count; older deployments at what they still run. */
    int desiredCount(EcsService service, EcsService.Counts counts) {
        return status.equals("PRIMARY") ? service.targetCount() : counts.live();
    }
}
