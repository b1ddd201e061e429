package dev.berth.core.sources;

import dev.berth.core.BerthException;
import dev.berth.core.context.AwsContext;
import dev.berth.core.limit.ApiCategory;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetHealth;
import dev.berth.core.watch.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;

/**
 * Elastic Load Balancing (v2) as Berth asks it: target groups and load balancers described by ARN,
 * {@value #DESCRIBE_MAX} per call, every page read; target health one group per call (the API takes
 * one); listeners for each load balancer to tell a blue/green traffic split.
 */
public final class ElbSource {
    static final int DESCRIBE_MAX = 20;

    private final AwsContext ctx;

    public ElbSource(AwsContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Target groups by ARN, without their targets, with their traffic share from the listeners of
     * their load balancers. Groups that no longer exist are left out.
     */
    public List<TargetGroup> targetGroups(List<String> arns) {
        List<software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup> groups = new ArrayList<>();
        for (List<String> batch : Pages.batches(arns, DESCRIBE_MAX)) {
            groups.addAll(describeGroups(batch));
        }
        List<String> loadBalancers = groups.stream().flatMap(g -> g.loadBalancerArns().stream()).distinct().toList();
        Map<String, Integer> traffic = ElbMapper.trafficPercents(listeners(loadBalancers));
        return groups.stream().map(g -> ElbMapper.targetGroup(g, traffic.get(g.targetGroupArn()), List.of())).toList();
    }

    /** One batch; when a group in it is gone (the whole call fails), each group alone, skipping the gone. */
    private List<software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup> describeGroups(List<String> batch) {
        try {
            return Pages.all(ctx, ApiCategory.READ, "elasticloadbalancing:DescribeTargetGroups",
                    ctx.elb().describeTargetGroupsPaginator(r -> r.targetGroupArns(batch)), DescribeTargetGroupsResponse::targetGroups);
        } catch (BerthException e) {
            if (e.kind() != Problem.Kind.NOT_FOUND) {
                throw e;
            }
            if (batch.size() == 1) {
                return List.of();
            }
            List<software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup> out = new ArrayList<>();
            for (String arn : batch) {
                out.addAll(describeGroups(List.of(arn)));
            }
            return out;
        }
    }

    /** The health of every target of a group. */
    public List<TargetHealth> targetHealth(String targetGroupArn) {
        var resp = ctx.call(ApiCategory.READ, "elasticloadbalancing:DescribeTargetHealth",
                () -> ctx.elb().describeTargetHealth(r -> r.targetGroupArn(targetGroupArn)));
        return resp.targetHealthDescriptions().stream().map(ElbMapper::target).toList();
    }

    /** Load balancers by ARN; ones that no longer exist are left out. */
    public List<LoadBalancer> loadBalancers(List<String> arns) {
        List<LoadBalancer> out = new ArrayList<>();
        for (List<String> batch : Pages.batches(arns, DESCRIBE_MAX)) {
            try {
                Pages.all(ctx, ApiCategory.READ, "elasticloadbalancing:DescribeLoadBalancers",
                        ctx.elb().describeLoadBalancersPaginator(r -> r.loadBalancerArns(batch)),
                        DescribeLoadBalancersResponse::loadBalancers).forEach(lb -> out.add(ElbMapper.loadBalancer(lb)));
            } catch (BerthException e) {
                if (e.kind() != Problem.Kind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        return out;
    }

    private List<Listener> listeners(List<String> loadBalancerArns) {
        List<Listener> out = new ArrayList<>();
        for (String arn : loadBalancerArns) {
            out.addAll(Pages.all(ctx, ApiCategory.READ, "elasticloadbalancing:DescribeListeners",
                    ctx.elb().describeListenersPaginator(r -> r.loadBalancerArn(arn)), DescribeListenersResponse::listeners));
        }
        return out;
    }
}
