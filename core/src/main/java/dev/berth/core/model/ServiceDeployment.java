package dev.berth.core.model;

import java.time.Instant;

/**
 * A service deployment as ListServiceDeployments/DescribeServiceDeployments report it: from which
 * revision to which, how it ended, and whether the circuit breaker or a rollback was involved.
 */
public record ServiceDeployment(
        String arn,
        String status,
        String statusReason,
        String targetTaskDefinitionArn,
        String sourceTaskDefinitionArn,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        int circuitBreakerFailures,
        int circuitBreakerThreshold,
        boolean rolledBack) {

    public ServiceDeployment {
        Checks.require(arn, "arn");
    }
}
