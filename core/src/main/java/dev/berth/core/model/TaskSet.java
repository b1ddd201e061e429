package dev.berth.core.model;

import java.time.Instant;
import java.util.List;

/**
 * A task set of a blue/green service (deployment controller CODE_DEPLOY or EXTERNAL): a revision
 * running at a share of the service's desired count behind its own target groups.
 *
 * @param status          PRIMARY (taking production traffic), ACTIVE or DRAINING
 * @param scalePercent    its share of the service's desired count
 * @param stabilityStatus STEADY_STATE or STABILIZING
 * @param externalId      the outside deployment's id (a CodeDeploy deployment, a pipeline run), or null
 */
public record TaskSet(String id, String arn, String status, String taskDefinitionArn, String launchType,
                      List<CapacityProviderShare> capacityProviders, int computedDesiredCount, int runningCount,
                      int pendingCount, double scalePercent, String stabilityStatus, Instant stabilityStatusAt,
                      String externalId, List<LoadBalancerRef> loadBalancers, Instant createdAt, Instant updatedAt) {
    public TaskSet {
        Checks.require(id, "id");
        capacityProviders = Checks.list(capacityProviders);
        loadBalancers = Checks.list(loadBalancers);
    }

    public boolean primary() {
        return "PRIMARY".equals(status);
    }

    public String revision() {
        return TaskDefinitionRef.familyRevision(taskDefinitionArn);
    }
}
