package dev.berth.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything between a service and its users on the load balancer side: its target groups (with
 * health check settings and each target's health beside its task), the load balancers in front,
 * and the grace period ECS gives new tasks before it acts on failing health checks. A service
 * without load balancers has empty lists.
 */
public record LoadBalancing(String cluster, String service, Integer healthCheckGracePeriodSeconds,
                            List<TargetGroup> targetGroups, List<LoadBalancer> loadBalancers) {
    public LoadBalancing {
        Checks.require(cluster, "cluster");
        Checks.require(service, "service");
        targetGroups = Checks.list(targetGroups);
        loadBalancers = Checks.list(loadBalancers);
    }

    public boolean balanced() {
        return !targetGroups.isEmpty();
    }

    /** The targets a task is registered as, over all target groups. */
    public List<TargetHealth> targetsOf(String taskId) {
        List<TargetHealth> out = new ArrayList<>();
        for (TargetGroup g : targetGroups) {
            g.targets().stream().filter(t -> taskId.equals(t.taskId())).forEach(out::add);
        }
        return out;
    }

    /** A task set's share of the traffic: that of its first target group, or null when not known. */
    public Integer trafficPercent(TaskSet taskSet) {
        for (LoadBalancerRef ref : taskSet.loadBalancers()) {
            for (TargetGroup g : targetGroups) {
                if (g.arn().equals(ref.targetGroupArn())) {
                    return g.trafficPercent();
                }
            }
        }
        return null;
    }
}
