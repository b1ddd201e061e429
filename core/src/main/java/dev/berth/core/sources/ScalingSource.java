package dev.berth.core.sources;

import dev.berth.core.context.AwsContext;
import dev.berth.core.limit.ApiCategory;
import dev.berth.core.model.ScalableTarget;
import dev.berth.core.model.ScalingActivity;
import java.util.List;
import software.amazon.awssdk.services.applicationautoscaling.model.ScalableDimension;
import software.amazon.awssdk.services.applicationautoscaling.model.ScalingPolicy;
import software.amazon.awssdk.services.applicationautoscaling.model.ServiceNamespace;

/** Application Auto Scaling of ECS services' desired count. */
public final class ScalingSource {
    private final AwsContext ctx;

    public ScalingSource(AwsContext ctx) {
        this.ctx = ctx;
    }

    /** {@code service/cluster/service}, the resource id autoscaling knows a service by (names, not ARNs). */
    public static String resourceId(String cluster, String service) {
        return "service/" + EcsMapper.lastSegment(cluster) + "/" + EcsMapper.lastSegment(service);
    }

    /** The service's scalable target with its policies, or null when it has none. */
    public ScalableTarget target(String cluster, String service) {
        String id = resourceId(cluster, service);
        var targets = Pages.all(ctx, ApiCategory.READ, "application-autoscaling:DescribeScalableTargets",
                ctx.autoScaling().describeScalableTargetsPaginator(r -> r.serviceNamespace(ServiceNamespace.ECS)
                        .resourceIds(id).scalableDimension(ScalableDimension.ECS_SERVICE_DESIRED_COUNT)),
                r -> r.scalableTargets());
        if (targets.isEmpty()) {
            return null;
        }
        var t = targets.get(0);
        List<ScalingPolicy> policies = Pages.all(ctx, ApiCategory.READ, "application-autoscaling:DescribeScalingPolicies",
                ctx.autoScaling().describeScalingPoliciesPaginator(r -> r.serviceNamespace(ServiceNamespace.ECS)
                        .resourceId(id).scalableDimension(ScalableDimension.ECS_SERVICE_DESIRED_COUNT)),
                r -> r.scalingPolicies());
        boolean suspended = t.suspendedState() != null && (Boolean.TRUE.equals(t.suspendedState().dynamicScalingInSuspended())
                || Boolean.TRUE.equals(t.suspendedState().dynamicScalingOutSuspended()));
        return new ScalableTarget(id, n(t.minCapacity()), n(t.maxCapacity()), suspended,
                policies.stream().map(ScalingSource::policy).toList());
    }

    private static ScalableTarget.ScalingPolicy policy(ScalingPolicy p) {
        var tt = p.targetTrackingScalingPolicyConfiguration();
        String metric = tt == null ? null : tt.predefinedMetricSpecification() != null
                ? tt.predefinedMetricSpecification().predefinedMetricTypeAsString()
                : tt.customizedMetricSpecification() != null ? tt.customizedMetricSpecification().metricName() : null;
        return new ScalableTarget.ScalingPolicy(p.policyName(), p.policyTypeAsString(), metric,
                tt == null ? null : tt.targetValue());
    }

    /** What autoscaling did to the service, newest first. */
    public List<ScalingActivity> activities(String cluster, String service) {
        String id = resourceId(cluster, service);
        return Pages.all(ctx, ApiCategory.READ, "application-autoscaling:DescribeScalingActivities",
                ctx.autoScaling().describeScalingActivitiesPaginator(r -> r.serviceNamespace(ServiceNamespace.ECS)
                        .resourceId(id).scalableDimension(ScalableDimension.ECS_SERVICE_DESIRED_COUNT)),
                r -> r.scalingActivities()).stream()
                .map(a -> new ScalingActivity(a.activityId(), a.description(), a.cause(), a.statusCodeAsString(),
                        a.statusMessage(), a.startTime(), a.endTime()))
                .toList();
    }

    /** Registers (or updates) the service's min and max capacity. */
    public void setBounds(String cluster, String service, int min, int max) {
        String id = resourceId(cluster, service);
        ctx.call(ApiCategory.MUTATE, "application-autoscaling:RegisterScalableTarget",
                () -> ctx.autoScaling().registerScalableTarget(r -> r.serviceNamespace(ServiceNamespace.ECS)
                        .resourceId(id).scalableDimension(ScalableDimension.ECS_SERVICE_DESIRED_COUNT)
                        .minCapacity(min).maxCapacity(max)));
    }

    private static int n(Integer v) {
        return v == null ? 0 : v;
    }
}
