package dev.berth.sandbox.scaling;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.wire.JsonCodec;
import java.time.Instant;

/** A registered scalable target: an ECS service's desired count between a minimum and a maximum. */
final class ScalableTarget {
    final String resourceId;
    final String arn;
    final long createdAt;
    int minCapacity;
    int maxCapacity;
    String roleArn;
    boolean scaleInSuspended;
    boolean scaleOutSuspended;
    boolean scheduledSuspended;

    ScalableTarget(String resourceId, String arn, long createdAt) {
        this.resourceId = resourceId;
        this.arn = arn;
        this.createdAt = createdAt;
    }

    /** {@code service/CLUSTER/SERVICE} → CLUSTER. */
    String cluster() {
        return resourceId.split("/")[1];
    }

    String service() {
        return resourceId.split("/")[2];
    }

    ObjectNode toJson() {
        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        out.put("ServiceNamespace", ScalingState.NAMESPACE);
        out.put("ResourceId", resourceId);
        out.put("ScalableDimension", ScalingState.DIMENSION);
        out.put("MinCapacity", minCapacity);
        out.put("MaxCapacity", maxCapacity);
        out.put("RoleARN", roleArn);
        out.putPOJO("CreationTime", Instant.ofEpochMilli(createdAt));
        out.putObject("SuspendedState").put("DynamicScalingInSuspended", scaleInSuspended)
                .put("DynamicScalingOutSuspended", scaleOutSuspended).put("ScheduledScalingSuspended", scheduledSuspended);
        out.put("ScalableTargetARN", arn);
        return out;
    }
}
