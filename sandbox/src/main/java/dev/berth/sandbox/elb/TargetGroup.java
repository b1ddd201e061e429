package dev.berth.sandbox.elb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.wire.JsonCodec;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** A target group: its protocol and port, how it checks its targets, its attributes and its targets. */
final class TargetGroup {
    /** The attributes DescribeTargetGroupAttributes answers, with ELB's defaults. */
    static final Map<String, String> DEFAULT_ATTRIBUTES = Map.of(
            "deregistration_delay.timeout_seconds", "300",
            "stickiness.enabled", "false",
            "stickiness.type", "lb_cookie",
            "load_balancing.algorithm.type", "round_robin",
            "slow_start.duration_seconds", "0");

    final String arn;
    final String name;
    final String protocol;
    final int port;
    final String vpcId;
    final String targetType;
    final HealthCheck healthCheck;
    final Map<String, String> attributes = new TreeMap<>(DEFAULT_ATTRIBUTES);
    /** By {@link Target#key}, in registration order. */
    final Map<String, Target> targets = new LinkedHashMap<>();

    TargetGroup(String arn, String name, String protocol, int port, String vpcId, String targetType, HealthCheck healthCheck) {
        this.arn = arn;
        this.name = name;
        this.protocol = protocol;
        this.port = port;
        this.vpcId = vpcId;
        this.targetType = targetType;
        this.healthCheck = healthCheck;
    }

    /** Seconds a deregistered target drains before it is gone. */
    int deregistrationDelay() {
        return Integer.parseInt(attributes.get("deregistration_delay.timeout_seconds"));
    }

    ObjectNode toJson(Collection<String> loadBalancerArns) {
        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        out.put("TargetGroupArn", arn);
        out.put("TargetGroupName", name);
        out.put("Protocol", protocol);
        out.put("Port", port);
        out.put("VpcId", vpcId);
        out.put("HealthCheckProtocol", healthCheck.protocol());
        out.put("HealthCheckPort", healthCheck.port());
        out.put("HealthCheckEnabled", true);
        out.put("HealthCheckIntervalSeconds", healthCheck.intervalSeconds());
        out.put("HealthCheckTimeoutSeconds", healthCheck.timeoutSeconds());
        out.put("HealthyThresholdCount", healthCheck.healthyThreshold());
        out.put("UnhealthyThresholdCount", healthCheck.unhealthyThreshold());
        if (healthCheck.path() != null) {
            out.put("HealthCheckPath", healthCheck.path());
            out.putObject("Matcher").put("HttpCode", healthCheck.matcher());
        }
        ArrayNode lbs = out.putArray("LoadBalancerArns");
        loadBalancerArns.forEach(lbs::add);
        out.put("TargetType", targetType);
        if (protocol.startsWith("HTTP")) {
            out.put("ProtocolVersion", "HTTP1");
        }
        out.put("IpAddressType", "ipv4");
        return out;
    }
}
