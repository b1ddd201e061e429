package dev.berth.sandbox.scaling;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.wire.JsonCodec;
import java.time.Instant;

/** One change of a target's capacity, worded as Application Auto Scaling words it. */
record ScalingActivity(String id, String resourceId, String description, String cause, long startTime, long endTime,
                       String statusMessage) {

    ObjectNode toJson() {
        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        out.put("ActivityId", id);
        out.put("ServiceNamespace", ScalingState.NAMESPACE);
        out.put("ResourceId", resourceId);
        out.put("ScalableDimension", ScalingState.DIMENSION);
        out.put("Description", description);
        out.put("Cause", cause);
        out.putPOJO("StartTime", Instant.ofEpochMilli(startTime));
        out.putPOJO("EndTime", Instant.ofEpochMilli(endTime));
        out.put("StatusCode", "Successful");
        out.put("StatusMessage", statusMessage);
        return out;
    }
}
