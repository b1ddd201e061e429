package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.wire.Input;
import java.util.List;

/** An awsvpc network configuration: the subnets tasks are placed in (one per AZ), security groups, public IP. */
record NetworkConfiguration(List<String> subnets, List<String> securityGroups, String assignPublicIp) {

    /** Reads {@code networkConfiguration}; null when absent. */
    static NetworkConfiguration read(Input in) {
        if (!in.has("networkConfiguration")) {
            return null;
        }
        Input vpc = in.object("networkConfiguration").object("awsvpcConfiguration");
        List<String> subnets = vpc.strings("subnets");
        if (subnets.isEmpty()) {
            throw in.invalid("subnets can not be empty.");
        }
        if (subnets.size() > 16) {
            throw in.invalid("subnets can have at most 16 items.");
        }
        List<String> groups = vpc.strings("securityGroups");
        if (groups.size() > 5) {
            throw in.invalid("securityGroups can have at most 5 items.");
        }
        String publicIp = vpc.string("assignPublicIp", "DISABLED");
        if (!publicIp.equals("ENABLED") && !publicIp.equals("DISABLED")) {
            throw in.invalid("assignPublicIp must be ENABLED or DISABLED.");
        }
        return new NetworkConfiguration(List.copyOf(subnets), List.copyOf(groups), publicIp);
    }

    ObjectNode toJson() {
        ObjectNode out = Json.object();
        ObjectNode vpc = out.putObject("awsvpcConfiguration");
        vpc.set("subnets", Json.strings(subnets));
        vpc.set("securityGroups", Json.strings(securityGroups));
        vpc.put("assignPublicIp", assignPublicIp);
        return out;
    }
}
