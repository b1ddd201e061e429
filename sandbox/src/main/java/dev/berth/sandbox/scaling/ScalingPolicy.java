package dev.berth.sandbox.scaling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.wire.JsonCodec;
import java.time.Instant;

/**
 * A scaling policy on a target. Target tracking policies also carry what their two CloudWatch
 * alarms have seen: consecutive minutes above the target (AlarmHigh, 3 of 3) and below 90% of it
 * (AlarmLow, 15 of 15), and when they last scaled.
 */
final class ScalingPolicy {
    final String name;
    final String arn;
    final String resourceId;
    final long createdAt;
    String type;
    JsonNode configuration;
    String highAlarm;
    String lowAlarm;
    String metricName;
    double targetValue;
    int scaleOutCooldownSeconds;
    int scaleInCooldownSeconds;
    boolean disableScaleIn;
    int minutesHigh;
    int minutesLow;
    long lastScaleOutAt;
    long lastScaleInAt;

    ScalingPolicy(String name, String arn, String resourceId, long createdAt) {
        this.name = name;
        this.arn = arn;
        this.resourceId = resourceId;
        this.createdAt = createdAt;
    }

    boolean targetTracking() {
        return type.equals("TargetTrackingScaling");
    }

    ArrayNode alarms(String region, String account) {
        ArrayNode out = JsonCodec.MAPPER.createArrayNode();
        if (highAlarm != null) {
            for (String alarm : new String[] {highAlarm, lowAlarm}) {
                out.addObject().put("AlarmName", alarm).put("AlarmARN", "arn:aws:cloudwatch:" + region + ":" + account + ":alarm:" + alarm);
            }
        }
        return out;
    }

    ObjectNode toJson(String region, String account) {
        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        out.put("PolicyARN", arn);
        out.put("PolicyName", name);
        out.put("ServiceNamespace", ScalingState.NAMESPACE);
        out.put("ResourceId", resourceId);
        out.put("ScalableDimension", ScalingState.DIMENSION);
        out.put("PolicyType", type);
        out.set(targetTracking() ? "TargetTrackingScalingPolicyConfiguration" : "StepScalingPolicyConfiguration", configuration);
        out.set("Alarms", alarms(region, account));
        out.putPOJO("CreationTime", Instant.ofEpochMilli(createdAt));
        return out;
    }
}
