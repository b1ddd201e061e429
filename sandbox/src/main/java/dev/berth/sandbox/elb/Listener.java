package dev.berth.sandbox.elb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.wire.JsonCodec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A listener of a load balancer whose default action forwards to one target group, or to several
 * with weights (the traffic split of a blue/green deployment).
 *
 * @param weights target group ARN to weight, in the order given
 */
record Listener(String arn, String loadBalancerArn, int port, String protocol, Map<String, Integer> weights) {

    Listener {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    ObjectNode toJson() {
        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        out.put("ListenerArn", arn);
        out.put("LoadBalancerArn", loadBalancerArn);
        out.put("Port", port);
        out.put("Protocol", protocol);
        ObjectNode action = out.putArray("DefaultActions").addObject();
        action.put("Type", "forward");
        if (weights.size() == 1) {
            action.put("TargetGroupArn", weights.keySet().iterator().next());
        }
        ObjectNode forward = action.putObject("ForwardConfig");
        ArrayNode groups = forward.putArray("TargetGroups");
        weights.forEach((arn, weight) -> groups.addObject().put("TargetGroupArn", arn).put("Weight", weight));
        forward.putObject("TargetGroupStickinessConfig").put("Enabled", false);
        return out;
    }
}
