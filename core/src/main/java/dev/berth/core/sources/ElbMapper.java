package dev.berth.core.sources;

import dev.berth.core.model.HealthCheckSettings;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetHealth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupTuple;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;

/** SDK ELBv2 shapes to Berth records. */
final class ElbMapper {
    private ElbMapper() {
    }

    static TargetGroup targetGroup(software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup g,
                                   Integer trafficPercent, List<TargetHealth> targets) {
        HealthCheckSettings hc = new HealthCheckSettings(g.healthCheckProtocolAsString(), g.healthCheckPort(), g.healthCheckPath(),
                n(g.healthCheckIntervalSeconds()), n(g.healthCheckTimeoutSeconds()), n(g.healthyThresholdCount()),
                n(g.unhealthyThresholdCount()), g.matcher() == null ? null : g.matcher().httpCode());
        return new TargetGroup(g.targetGroupArn(), g.targetGroupName(), g.protocolAsString(), g.port(), g.targetTypeAsString(),
                g.loadBalancerArns(), hc, trafficPercent, targets);
    }

    static TargetHealth target(TargetHealthDescription d) {
        var t = d.target();
        var h = d.targetHealth();
        return new TargetHealth(t.id(), t.port(), t.availabilityZone(), h == null ? "unavailable" : h.stateAsString(),
                h == null ? null : h.reasonAsString(), h == null ? null : h.description(), null);
    }

    static LoadBalancer loadBalancer(software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer lb) {
        return new LoadBalancer(lb.loadBalancerArn(), lb.loadBalancerName(), lb.typeAsString(), lb.schemeAsString(),
                lb.dnsName(), lb.state() == null ? null : lb.state().codeAsString());
    }

    /**
     * Each target group's share of its listener's traffic, in percent: 100 for a plain forward, the
     * weight over all weights for a weighted one (a blue/green split). The first listener naming a
     * group decides.
     */
    static Map<String, Integer> trafficPercents(List<Listener> listeners) {
        Map<String, Integer> out = new HashMap<>();
        for (Listener l : listeners) {
            for (Action a : l.defaultActions()) {
                if (a.forwardConfig() != null && !a.forwardConfig().targetGroups().isEmpty()) {
                    List<TargetGroupTuple> groups = a.forwardConfig().targetGroups();
                    int total = groups.stream().mapToInt(t -> t.weight() == null ? 1 : t.weight()).sum();
                    for (TargetGroupTuple t : groups) {
                        int weight = t.weight() == null ? 1 : t.weight();
                        out.putIfAbsent(t.targetGroupArn(), total == 0 ? 0 : (int) Math.round(weight * 100.0 / total));
                    }
                } else if (a.targetGroupArn() != null) {
                    out.putIfAbsent(a.targetGroupArn(), 100);
                }
            }
        }
        return out;
    }

    private static int n(Integer v) {
        return v == null ? 0 : v;
    }
}
