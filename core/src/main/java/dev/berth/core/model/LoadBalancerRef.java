package dev.berth.core.model;

/** A service's link to a load balancer target group. */
public record LoadBalancerRef(String targetGroupArn, String loadBalancerName, String containerName,
                              Integer containerPort) {
}
