package dev.berth.core.model;

import java.util.List;

/** awsvpc settings of a service: subnets, security groups, public IP. Empty lists for other modes. */
public record NetworkSettings(List<String> subnets, List<String> securityGroups, boolean assignPublicIp) {
    public NetworkSettings {
        subnets = Checks.list(subnets);
        securityGroups = Checks.list(securityGroups);
    }

    public static final NetworkSettings NONE = new NetworkSettings(List.of(), List.of(), false);
}
