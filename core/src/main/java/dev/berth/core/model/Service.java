package dev.berth.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An ECS service as DescribeServices reports it, with its deployments and recent events. */
public record Service(
        String arn,
        String name,
        String clusterArn,
        String status,
        int desiredCount,
        int runningCount,
        int pendingCount,
        String taskDefinitionArn,
        String launchType,
        List<CapacityProviderShare> capacityProviders,
        DeploymentSettings deploymentSettings,
        List<Deployment> deployments,
        List<ServiceEvent> events,
        NetworkSettings network,
        List<LoadBalancerRef> loadBalancers,
        Integer healthCheckGracePeriodSeconds,
        String deploymentController,
        Instant createdAt,
        Map<String, String> tags) {

    public Service {
        Checks.require(arn, "arn");
        Checks.require(name, "name");
        capacityProviders = Checks.list(capacityProviders);
        deployments = Checks.list(deployments);
        events = Checks.list(events);
        loadBalancers = Checks.list(loadBalancers);
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    /** The PRIMARY deployment, the one ECS is rolling towards; null only for odd services. */
    public Deployment primaryDeployment() {
        return deployments.stream().filter(d -> "PRIMARY".equals(d.status())).findFirst().orElse(null);
    }

    /** The ServicesStable waiter's test: one deployment and running equals desired. */
    public boolean steady() {
        return deployments.size() == 1 && runningCount == desiredCount;
    }

    /** Family and revision of the task definition, e.g. {@code web:42}. */
    public String revision() {
        return TaskDefinitionRef.familyRevision(taskDefinitionArn);
    }
}
