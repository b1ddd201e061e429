package dev.berth.core.model;

/** One entry of a capacity-provider strategy (FARGATE, FARGATE_SPOT, an ASG provider). */
public record CapacityProviderShare(String provider, int weight, int base) {
}
