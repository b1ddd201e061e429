package dev.berth.sandbox.elb;

import dev.berth.sandbox.ecs.Ids;
import dev.berth.sandbox.ecs.TargetGroupLink;
import dev.berth.sandbox.ecs.TaskEndpoint;
import dev.berth.sandbox.ecs.workload.HealthCheckAnswer;
import dev.berth.sandbox.sim.Region;
import dev.berth.sandbox.sim.RegionState;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One region's Elastic Load Balancing (v2): load balancers, listeners, target groups and their
 * targets. Shares the region's ECS lock and timeline, since ECS registers and deregisters its tasks
 * here and hears back when their health checks fail. Targets move through {@code initial},
 * {@code healthy} or {@code unhealthy} (after the group's threshold of checks in a row, one check per
 * interval) and {@code draining} for the group's deregistration delay.
 */
public final class ElbState extends RegionState implements TargetGroupLink {
    final String vpcId;
    final NavigableMap<String, LoadBalancer> loadBalancers = new TreeMap<>();
    final NavigableMap<String, TargetGroup> targetGroups = new TreeMap<>();
    final NavigableMap<String, Listener> listeners = new TreeMap<>();

    public ElbState(Region region) {
        super(region, 23);
        this.vpcId = "vpc-0" + new Ids(region.world().options().seed()).hex(16);
    }

    LoadBalancer loadBalancerNamed(String name) {
        return loadBalancers.values().stream().filter(lb -> lb.name.equals(name)).findFirst().orElse(null);
    }

    TargetGroup targetGroupNamed(String name) {
        return targetGroups.values().stream().filter(g -> g.name.equals(name)).findFirst().orElse(null);
    }

    /** The load balancers whose listeners forward to the group. */
    List<String> loadBalancersOf(TargetGroup group) {
        List<String> out = new ArrayList<>();
        for (Listener l : listeners.values()) {
            if (l.weights().containsKey(group.arn) && !out.contains(l.loadBalancerArn())) {
                out.add(l.loadBalancerArn());
            }
        }
        return out;
    }

    @Override
    public String refusal(String targetGroupArn, boolean awsvpc) {
        TargetGroup g = targetGroups.get(targetGroupArn);
        if (g == null) {
            return "Unable to find target group " + targetGroupArn + ".";
        }
        if (loadBalancersOf(g).isEmpty()) {
            return "The target group with targetGroupArn " + targetGroupArn + " does not have an associated load balancer.";
        }
        if (awsvpc != g.targetType.equals("ip")) {
            return "The provided target group " + targetGroupArn + " has target type " + g.targetType + ", which is "
                    + "incompatible with the " + (awsvpc ? "awsvpc" : "bridge") + " network mode specified in the task definition.";
        }
        return null;
    }

    @Override
    public void register(String targetGroupArn, TaskEndpoint endpoint) {
        TargetGroup g = targetGroups.get(targetGroupArn);
        if (g != null) {
            add(g, new Target(endpoint.address(), endpoint.port(), endpoint.availabilityZone(), endpoint.health(),
                    endpoint.cluster(), endpoint.taskId()));
        }
    }

    @Override
    public int deregister(String targetGroupArn, TaskEndpoint endpoint) {
        TargetGroup g = targetGroups.get(targetGroupArn);
        Target t = g == null ? null : g.targets.get(Target.key(endpoint.address(), endpoint.port()));
        return t == null ? 0 : drain(g, t);
    }

    /** Registers a target and starts checking it. Call under the lock. */
    void add(TargetGroup g, Target t) {
        Target before = g.targets.put(Target.key(t.id, t.port), t);
        if (before != null) {
            before.plan++;
        }
        long now = ecs().now();
        int plan = t.plan;
        HealthCheck hc = g.healthCheck;
        ecs().schedule(now + Math.min(5, hc.intervalSeconds()) * 1000L, () -> {
            if (t.plan == plan && t.state.equals("initial")) {
                t.set("initial", "Elb.InitialHealthChecking", "Initial health checking in progress");
            }
        });
        ecs().schedule(now + hc.intervalSeconds() * 1000L, () -> check(g, t, plan));
    }

    /** Starts draining a target; it is gone after the group's deregistration delay. Answers the delay in seconds. */
    int drain(TargetGroup g, Target t) {
        t.plan++;
        int plan = t.plan;
        t.set("draining", "Target.DeregistrationInProgress", "Target deregistration is in progress");
        int delay = g.deregistrationDelay();
        ecs().schedule(ecs().now() + delay * 1000L, () -> {
            if (t.plan == plan) {
                g.targets.remove(Target.key(t.id, t.port), t);
            }
        });
        return delay;
    }

    private void check(TargetGroup g, Target t, int plan) {
        if (t.plan != plan || g.targets.get(Target.key(t.id, t.port)) != t) {
            return;
        }
        HealthCheck hc = g.healthCheck;
        HealthCheckAnswer answer = t.answer;
        if (loadBalancersOf(g).isEmpty()) {
            t.set("unused", "Target.NotInUse", "Target group is not configured to receive traffic from the load balancer");
        } else if (answer.passes()) {
            t.failures = 0;
            t.passes++;
            if (!t.state.equals("healthy") && t.passes >= hc.healthyThreshold()) {
                t.set("healthy", null, null);
            }
        } else {
            t.passes = 0;
            t.failures++;
            if (t.failures >= hc.unhealthyThreshold()) {
                t.set("unhealthy", answer.reasonCode(), answer.description());
                if (t.taskId != null) {
                    ecs().targetUnhealthy(t.cluster, t.taskId, g.arn, t.port, answer.description());
                }
            }
        }
        ecs().schedule(ecs().now() + hc.intervalSeconds() * 1000L, () -> check(g, t, plan));
    }
}
