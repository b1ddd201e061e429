package dev.berth.core.model;

/**
 * An Application or Network Load Balancer in front of a service.
 *
 * @param type   application or network
 * @param scheme internet-facing or internal
 * @param state  provisioning, active, active_impaired or failed
 */
public record LoadBalancer(String arn, String name, String type, String scheme, String dnsName, String state) {
    public LoadBalancer {
        Checks.require(arn, "arn");
    }
}
