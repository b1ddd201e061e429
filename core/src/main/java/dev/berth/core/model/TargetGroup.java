package dev.berth.core.model;

import java.util.List;

/**
 * An ELB target group a service puts its tasks in, with its health check settings and every
 * target's health.
 *
 * @param loadBalancerArns the load balancers whose listeners forward to it
 * @param trafficPercent   its share of the traffic of the listener forwarding to it (a blue/green split),
 *                         100 when it is the only target; null when no listener forwards to it
 */
public record TargetGroup(String arn, String name, String protocol, Integer port, String targetType,
                          List<String> loadBalancerArns, HealthCheckSettings healthCheck, Integer trafficPercent,
                          List<TargetHealth> targets) {
    public TargetGroup {
        Checks.require(arn, "arn");
        loadBalancerArns = Checks.list(loadBalancerArns);
        targets = Checks.list(targets);
    }

    /** The same group with these targets. */
    public TargetGroup withTargets(List<TargetHealth> newTargets) {
        return new TargetGroup(arn, name, protocol, port, targetType, loadBalancerArns, healthCheck, trafficPercent, newTargets);
    }

    public List<TargetHealth> unhealthyTargets() {
        return targets.stream().filter(TargetHealth::unhealthy).toList();
    }

    public List<TargetHealth> drainingTargets() {
        return targets.stream().filter(TargetHealth::draining).toList();
    }

    public long healthyCount() {
        return targets.stream().filter(TargetHealth::healthy).count();
    }
}
