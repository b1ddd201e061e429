package dev.berth.core.model;

/** How a service rolls: percentages and the deployment circuit breaker. */
public record DeploymentSettings(int minimumHealthyPercent, int maximumPercent, boolean circuitBreaker,
                                 boolean rollback) {
}
