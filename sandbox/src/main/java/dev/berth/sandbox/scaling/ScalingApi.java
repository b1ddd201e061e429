package dev.berth.sandbox.scaling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.ecs.Pages;
import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.AwsException;
import dev.berth.sandbox.wire.AwsService;
import dev.berth.sandbox.wire.Call;
import dev.berth.sandbox.wire.Input;
import dev.berth.sandbox.wire.JsonCodec;
import dev.berth.sandbox.wire.Operation;
import dev.berth.sandbox.wire.Protocol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Application Auto Scaling (awsJson 1.1, {@code AnyScaleFrontendService}) for ECS services:
 * RegisterScalableTarget, DescribeScalableTargets, PutScalingPolicy, DescribeScalingPolicies,
 * DescribeScalingActivities.
 */
public final class ScalingApi {
    private static final Set<String> TRACKED_METRICS = Set.of("ECSServiceAverageCPUUtilization", "ECSServiceAverageMemoryUtilization");
    private static final int DEFAULT_COOLDOWN_SECONDS = 300;

    private final World world;
    private final Pages pages = new Pages("NextToken", "MaxResults", "InvalidNextTokenException");

    private ScalingApi(World world) {
        this.world = world;
    }

    public static AwsService service(World world) {
        ScalingApi api = new ScalingApi(world);
        Map<String, Operation> ops = new HashMap<>();
        ops.put("RegisterScalableTarget", api::registerTarget);
        ops.put("DescribeScalableTargets", api::describeTargets);
        ops.put("PutScalingPolicy", api::putPolicy);
        ops.put("DescribeScalingPolicies", api::describePolicies);
        ops.put("DescribeScalingActivities", api::describeActivities);
        return new AwsService("application-autoscaling", "AnyScaleFrontendService", null, "2016-02-06",
                "ValidationException", Set.of(Protocol.AWS_JSON_1_1), ops, Set.of("RegisterScalableTarget", "PutScalingPolicy"));
    }

    private JsonNode registerTarget(Call call) {
        Input in = call.input();
        String resourceId = target(in);
        Integer min = in.integer("MinCapacity");
        Integer max = in.integer("MaxCapacity");
        if (min != null && min < 0 || max != null && max < 0) {
            throw in.invalid("Capacity values must not be negative.");
        }
        String role = in.string("RoleARN");
        Input suspended = in.object("SuspendedState");
        ScalingState state = world.region(call.region()).scaling();
        return state.write(() -> {
            String[] parts = resourceId.split("/");
            if (state.ecs().desiredCount(parts[1], parts[2]).isEmpty()) {
                throw in.invalid("ECS service doesn't exist: " + resourceId);
            }
            ScalableTarget t = state.targets.get(resourceId);
            if (t == null) {
                if (min == null || max == null) {
                    throw in.invalid("MinCapacity and MaxCapacity are required for registering a new scalable target.");
                }
                t = new ScalableTarget(resourceId, state.region().arn("application-autoscaling",
                        "scalable-target/" + state.ids().hex(36)), state.ecs().now());
                t.roleArn = "arn:aws:iam::" + world.account() + ":role/aws-service-role/ecs.application-autoscaling.amazonaws.com/"
                        + "AWSServiceRoleForApplicationAutoScaling_ECSService";
            }
            int newMin = min != null ? min : t.minCapacity;
            int newMax = max != null ? max : t.maxCapacity;
            if (newMin > newMax) {
                throw in.invalid("Minimum capacity cannot be greater than maximum capacity.");
            }
            t.minCapacity = newMin;
            t.maxCapacity = newMax;
            if (role != null) {
                t.roleArn = role;
            }
            t.scaleInSuspended = suspended.bool("DynamicScalingInSuspended", t.scaleInSuspended);
            t.scaleOutSuspended = suspended.bool("DynamicScalingOutSuspended", t.scaleOutSuspended);
            t.scheduledSuspended = suspended.bool("ScheduledScalingSuspended", t.scheduledSuspended);
            state.targets.put(resourceId, t);
            state.clamp(t);
            ObjectNode out = JsonCodec.MAPPER.createObjectNode();
            out.put("ScalableTargetARN", t.arn);
            return out;
        });
    }

    private JsonNode describeTargets(Call call) {
        Input in = call.input();
        namespace(in);
        List<String> ids = filterIds(in, "ResourceIds");
        String dimension = in.string("ScalableDimension");
        ScalingState state = world.region(call.region()).scaling();
        return state.read(() -> page(in, "ScalableTargets", state.targets,
                t -> (ids.isEmpty() || ids.contains(t.resourceId)) && dimensionMatches(dimension),
                "targets", ScalableTarget::toJson));
    }

    private JsonNode putPolicy(Call call) {
        Input in = call.input();
        String name = in.requireString("PolicyName");
        if (name.length() > 256) {
            throw in.invalid("PolicyName can have at most 256 characters.");
        }
        String resourceId = target(in);
        String type = in.string("PolicyType", "StepScaling");
        ScalingState state = world.region(call.region()).scaling();
        return state.write(() -> {
            if (!state.targets.containsKey(resourceId)) {
                throw AwsException.client("ObjectNotFoundException", "No scalable target registered for service namespace: ecs, "
                        + "resource ID: " + resourceId + ", scalable dimension: " + ScalingState.DIMENSION);
            }
            String key = ScalingState.policyKey(resourceId, name);
            ScalingPolicy p = state.policies.get(key);
            if (p == null) {
                p = new ScalingPolicy(name, state.region().arn("autoscaling", "scalingPolicy:" + state.ids().uuid()
                        + ":resource/ecs/" + resourceId + ":policyName/" + name), resourceId, state.ecs().now());
            }
            switch (type) {
                case "TargetTrackingScaling" -> configureTargetTracking(in, p, state);
                case "StepScaling" -> {
                    p.type = type;
                    p.configuration = in.has("StepScalingPolicyConfiguration")
                            ? in.node().get("StepScalingPolicyConfiguration").deepCopy() : JsonCodec.MAPPER.createObjectNode();
                    p.highAlarm = null;
                    p.lowAlarm = null;
                }
                default -> throw in.invalid("The sandbox supports TargetTrackingScaling and StepScaling policies for ECS, not " + type + ".");
            }
            state.policies.put(key, p);
            ObjectNode out = JsonCodec.MAPPER.createObjectNode();
            out.put("PolicyARN", p.arn);
            out.set("Alarms", p.alarms(state.region().name(), world.account()));
            return out;
        });
    }

    private static void configureTargetTracking(Input in, ScalingPolicy p, ScalingState state) {
        Input config = in.object("TargetTrackingScalingPolicyConfiguration");
        if (!in.has("TargetTrackingScalingPolicyConfiguration") || !config.has("TargetValue")) {
            throw in.invalid("TargetTrackingScalingPolicyConfiguration with a TargetValue is required for a TargetTrackingScaling policy.");
        }
        double target = config.number("TargetValue");
        if (!(target > 0)) {
            throw in.invalid("TargetValue must be greater than 0.");
        }
        String metric = config.object("PredefinedMetricSpecification").string("PredefinedMetricType");
        if (metric == null || !TRACKED_METRICS.contains(metric)) {
            throw in.invalid("The sandbox tracks the predefined metrics " + TRACKED_METRICS + " for ECS services; got "
                    + (metric == null ? "a customized metric" : metric) + ".");
        }
        p.type = "TargetTrackingScaling";
        p.configuration = in.node().get("TargetTrackingScalingPolicyConfiguration").deepCopy();
        p.targetValue = target;
        p.metricName = metric.equals("ECSServiceAverageCPUUtilization") ? "CPUUtilization" : "MemoryUtilization";
        p.scaleOutCooldownSeconds = config.integer("ScaleOutCooldown", DEFAULT_COOLDOWN_SECONDS);
        p.scaleInCooldownSeconds = config.integer("ScaleInCooldown", DEFAULT_COOLDOWN_SECONDS);
        p.disableScaleIn = config.bool("DisableScaleIn", false);
        if (p.highAlarm == null) {
            String uuid = state.ids().uuid();
            p.highAlarm = "TargetTracking-" + p.resourceId + "-AlarmHigh-" + uuid;
            p.lowAlarm = "TargetTracking-" + p.resourceId + "-AlarmLow-" + state.ids().uuid();
        }
    }

    private JsonNode describePolicies(Call call) {
        Input in = call.input();
        namespace(in);
        List<String> names = filterIds(in, "PolicyNames");
        String resourceId = in.string("ResourceId");
        String dimension = in.string("ScalableDimension");
        ScalingState state = world.region(call.region()).scaling();
        String region = call.region();
        return state.read(() -> page(in, "ScalingPolicies", state.policies,
                p -> (names.isEmpty() || names.contains(p.name)) && (resourceId == null || resourceId.equals(p.resourceId))
                        && dimensionMatches(dimension),
                "policies", p -> p.toJson(region, world.account())));
    }

    private JsonNode describeActivities(Call call) {
        Input in = call.input();
        namespace(in);
        String resourceId = in.string("ResourceId");
        String dimension = in.string("ScalableDimension");
        ScalingState state = world.region(call.region()).scaling();
        return state.read(() -> {
            List<ScalingActivity> matching = new ArrayList<>();
            for (ScalingActivity a : state.activities) {
                if ((resourceId == null || resourceId.equals(a.resourceId())) && dimensionMatches(dimension)) {
                    matching.add(a);
                }
            }
            Pages.Page<ScalingActivity> page = pages.of(matching, a -> String.format("%015d|%s", a.startTime(), a.id()),
                    Comparator.<String>reverseOrder(), in, "activities", 50, 50);
            return answer("ScalingActivities", page, ScalingActivity::toJson);
        });
    }

    private <T> ObjectNode page(Input in, String field, NavigableMap<String, T> source, Predicate<T> keep,
                                String listing, Function<T, ObjectNode> render) {
        return answer(field, pages.of(source, keep, in, listing, 50, 50), render);
    }

    private static <T> ObjectNode answer(String field, Pages.Page<T> page, Function<T, ObjectNode> render) {
        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        ArrayNode items = out.putArray(field);
        page.items().forEach(item -> items.add(render.apply(item)));
        if (page.nextToken() != null) {
            out.put("NextToken", page.nextToken());
        }
        return out;
    }

    /** Checks namespace, resource id and dimension of a request about one target; returns the resource id. */
    private static String target(Input in) {
        namespace(in);
        String resourceId = in.requireString("ResourceId");
        String dimension = in.requireString("ScalableDimension");
        if (!dimension.equals(ScalingState.DIMENSION)) {
            throw in.invalid("Unsupported service namespace, resource type or scalable dimension: the sandbox scales "
                    + ScalingState.DIMENSION + ".");
        }
        if (!resourceId.matches("service/[A-Za-z0-9_-]{1,255}/[A-Za-z0-9_-]{1,255}")) {
            throw in.invalid("Unsupported resource ID: " + resourceId + " (expected service/CLUSTER/SERVICE).");
        }
        return resourceId;
    }

    private static void namespace(Input in) {
        String namespace = in.requireString("ServiceNamespace");
        if (!namespace.equals(ScalingState.NAMESPACE)) {
            throw in.invalid("The sandbox scales ECS services only (ServiceNamespace ecs), not " + namespace + ".");
        }
    }

    private static List<String> filterIds(Input in, String field) {
        List<String> ids = in.strings(field);
        if (ids.size() > 50) {
            throw in.invalid(field + " can have at most 50 items.");
        }
        return ids;
    }

    private static boolean dimensionMatches(String dimension) {
        return dimension == null || dimension.equals(ScalingState.DIMENSION);
    }
}
