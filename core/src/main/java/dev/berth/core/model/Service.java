package dev.berth.core.model;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * An ECS service as DescribeServices reports it: its deployments and recent events; where it runs
 * (launch type or capacity-provider strategy, network); its load balancers, Cloud Map registries and
 * Service Connect settings (null when it has none); and, for blue/green services (deployment
 * controller CODE_DEPLOY or EXTERNAL), its task sets.
 */
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
        Map<String, String> tags,
        List<TaskSet> taskSets,
        List<ServiceRegistryRef> serviceRegistries,
        ServiceConnectSettings serviceConnect) {

    public Service {
        Checks.require(arn, "arn");
        Checks.require(name, "name");
        capacityProviders = Checks.list(capacityProviders);
        deployments = Checks.list(deployments);
        events = Checks.list(events);
        loadBalancers = Checks.list(loadBalancers);
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        taskSets = Checks.list(taskSets);
        serviceRegistries = Checks.list(serviceRegistries);
    }

    /** A rolling service without task sets, Cloud Map registries or Service Connect. */
    public Service(String arn, String name, String clusterArn, String status, int desiredCount, int runningCount,
                   int pendingCount, String taskDefinitionArn, String launchType, List<CapacityProviderShare> capacityProviders,
                   DeploymentSettings deploymentSettings, List<Deployment> deployments, List<ServiceEvent> events,
                   NetworkSettings network, List<LoadBalancerRef> loadBalancers, Integer healthCheckGracePeriodSeconds,
                   String deploymentController, Instant createdAt, Map<String, String> tags) {
        this(arn, name, clusterArn, status, desiredCount, runningCount, pendingCount, taskDefinitionArn, launchType,
                capacityProviders, deploymentSettings, deployments, events, network, loadBalancers,
                healthCheckGracePeriodSeconds, deploymentController, createdAt, tags, List.of(), List.of(), null);
    }

    /** The target groups of the service and of all its task sets, each once. */
    public List<String> targetGroupArns() {
        LinkedHashSet<String> arns = new LinkedHashSet<>();
        loadBalancers.forEach(l -> arns.add(l.targetGroupArn()));
        taskSets.forEach(t -> t.loadBalancers().forEach(l -> arns.add(l.targetGroupArn())));
        arns.remove(null);
        return List.copyOf(arns);
    }

    /** The PRIMARY task set of a blue/green service, or null. */
    public TaskSet primaryTaskSet() {
        return taskSets.stream().filter(TaskSet::primary).findFirst().orElse(null);
    }

    /** The PRIMARY deployment, the one ECS is rolling towards; null only for odd services. */
    public Deployment primaryDeployment() {
        return deployments.stream().filter(d -> "PRIMARY".equals(d.status())).findFirst().orElse(null);
    }

    /**
     * The ServicesStable waiter's test: one deployment and running equals desired; for a blue/green
     * service, every task set in steady state.
     */
    public boolean steady() {
        if (!taskSets.isEmpty()) {
            return taskSets.stream().allMatch(t -> "STEADY_STATE".equals(t.stabilityStatus()));
        }
        return deployments.size() == 1 && runningCount == desiredCount;
    }

    /** Family and revision of the task definition, e.g. {@code web:42}. */
    public String revision() {
        return TaskDefinitionRef.familyRevision(taskDefinitionArn);
    }
}
