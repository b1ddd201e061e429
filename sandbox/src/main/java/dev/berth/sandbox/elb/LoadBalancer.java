package dev.berth.sandbox.elb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.sim.Subnets;
import dev.berth.sandbox.wire.JsonCodec;
import java.time.Instant;
import java.util.List;

/** An Application or Network Load Balancer: where it listens and which subnets (zones) it spans. */
final class LoadBalancer {
    /** How long a new load balancer stays in {@code provisioning}. */
    static final long PROVISIONING_MILLIS = 30_000;

    final String arn;
    final String name;
    final String type;
    final String scheme;
    final String dnsName;
    final String vpcId;
    final List<String> subnets;
    final List<String> securityGroups;
    final long createdAt;

    LoadBalancer(String arn, String name, String type, String scheme, String dnsName, String vpcId, List<String> subnets,
                 List<String> securityGroups, long createdAt) {
        this.arn = arn;
        this.name = name;
        this.type = type;
        this.scheme = scheme;
        this.dnsName = dnsName;
        this.vpcId = vpcId;
        this.subnets = List.copyOf(subnets);
        this.securityGroups = List.copyOf(securityGroups);
        this.createdAt = createdAt;
    }

    /** The 16 hex digits that end the ARN; listener ARNs repeat them. */
    String suffix() {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }

    ObjectNode toJson(long now, Subnets zones) {
        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        out.put("LoadBalancerArn", arn);
        out.put("DNSName", dnsName);
        out.put("CanonicalHostedZoneId", type.equals("network") ? "Z26RNL4JYFTOTI" : "Z35SXDOTRQ7X7K");
        out.putPOJO("CreatedTime", Instant.ofEpochMilli(createdAt));
        out.put("LoadBalancerName", name);
        out.put("Scheme", scheme);
        out.put("VpcId", vpcId);
        out.putObject("State").put("Code", now - createdAt < PROVISIONING_MILLIS ? "provisioning" : "active");
        out.put("Type", type);
        ArrayNode azs = out.putArray("AvailabilityZones");
        for (String subnet : subnets) {
            azs.addObject().put("ZoneName", zones.availabilityZone(subnet)).put("SubnetId", subnet).putArray("LoadBalancerAddresses");
        }
        ArrayNode groups = out.putArray("SecurityGroups");
        securityGroups.forEach(groups::add);
        out.put("IpAddressType", "ipv4");
        return out;
    }
}
