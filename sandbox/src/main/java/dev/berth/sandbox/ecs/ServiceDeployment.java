package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A service deployment as ListServiceDeployments and DescribeServiceDeployments show it: the move
 * from the revisions running before to a target revision, its status and, when the circuit breaker
 * fired, the rollback.
 */
final class ServiceDeployment {
    final String arn;
    final EcsService service;
    final List<Deployment> sources;
    final DeploymentConfiguration configuration;
    final long createdAt;
    Deployment target;
    String status = "IN_PROGRESS";
    String statusReason;
    long startedAt;
    long finishedAt;
    long stoppedAt;
    long updatedAt;
    String breakerStatus;
    int failureCount;
    String rollbackReason;
    long rollbackStartedAt;
    String rollbackRevisionArn;

    ServiceDeployment(String arn, EcsService service, List<Deployment> sources, DeploymentConfiguration configuration,
                      long createdAt) {
        this.arn = arn;
        this.service = service;
        this.sources = List.copyOf(sources);
        this.configuration = configuration;
        this.createdAt = createdAt;
        this.startedAt = createdAt;
        this.updatedAt = createdAt;
        this.breakerStatus = configuration.circuitBreaker() ? "MONITORING" : "DISABLED";
    }

    boolean finished() {
        return !status.equals("IN_PROGRESS") && !status.equals("ROLLBACK_IN_PROGRESS") && !status.equals("PENDING");
    }

    void finish(String newStatus, String reason, long at) {
        status = newStatus;
        statusReason = reason;
        finishedAt = at;
        updatedAt = at;
        if (breakerStatus.equals("MONITORING")) {
            breakerStatus = "MONITORING_COMPLETE";
        }
    }

    /** The ServiceDeploymentBrief shape, as ListServiceDeployments answers. */
    ObjectNode toBriefJson() {
        ObjectNode out = common();
        out.put("targetServiceRevisionArn", target.revisionArn);
        return out;
    }

    /** The full ServiceDeployment shape, as DescribeServiceDeployments answers. */
    ObjectNode toJson() {
        ObjectNode out = common();
        Json.time(out, "stoppedAt", stoppedAt);
        Json.time(out, "updatedAt", updatedAt);
        ArrayNode from = out.putArray("sourceServiceRevisions");
        for (Deployment d : sources) {
            from.add(revision(d));
        }
        out.set("targetServiceRevision", revision(target));
        out.set("deploymentConfiguration", configuration.toJson());
        if (rollbackReason != null) {
            ObjectNode rollback = out.putObject("rollback");
            rollback.put("reason", rollbackReason);
            Json.time(rollback, "startedAt", rollbackStartedAt);
            rollback.put("serviceRevisionArn", rollbackRevisionArn);
        }
        out.putObject("deploymentCircuitBreaker").put("status", breakerStatus).put("failureCount", failureCount)
                .put("threshold", DeploymentConfiguration.failureThreshold(service.desiredCount));
        out.putObject("alarms").put("status", "DISABLED");
        return out;
    }

    private ObjectNode common() {
        ObjectNode out = Json.object();
        out.put("serviceDeploymentArn", arn);
        out.put("serviceArn", service.arn);
        out.put("clusterArn", service.cluster.arn);
        Json.time(out, "createdAt", createdAt);
        Json.time(out, "startedAt", startedAt);
        Json.time(out, "finishedAt", finishedAt);
        out.put("status", status);
        if (statusReason != null) {
            out.put("statusReason", statusReason);
        }
        return out;
    }

    private ObjectNode revision(Deployment d) {
        EcsService.Counts counts = service.counts(d);
        ObjectNode out = Json.object();
        out.put("arn", d.revisionArn);
        out.put("requestedTaskCount", d.desiredCount(service, counts));
        out.put("runningTaskCount", counts.running());
        out.put("pendingTaskCount", counts.pending());
        return out;
    }
}
