package dev.berth.sandbox.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.sandbox.RunningSandbox;
import dev.berth.sandbox.SandboxControl;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.applicationautoscaling.ApplicationAutoScalingClient;
import software.amazon.awssdk.services.applicationautoscaling.model.MetricType;
import software.amazon.awssdk.services.applicationautoscaling.model.ObjectNotFoundException;
import software.amazon.awssdk.services.applicationautoscaling.model.PolicyType;
import software.amazon.awssdk.services.applicationautoscaling.model.ScalableDimension;
import software.amazon.awssdk.services.applicationautoscaling.model.ScalableTarget;
import software.amazon.awssdk.services.applicationautoscaling.model.ScalingActivity;
import software.amazon.awssdk.services.applicationautoscaling.model.ScalingPolicy;
import software.amazon.awssdk.services.applicationautoscaling.model.ServiceNamespace;
import software.amazon.awssdk.services.applicationautoscaling.model.ValidationException;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.LogDriver;
import software.amazon.awssdk.services.ecs.model.NetworkMode;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.ServiceEvent;

class ScalingIT {
    private static final ServiceNamespace ECS = ServiceNamespace.ECS;
    private static final ScalableDimension COUNT = ScalableDimension.ECS_SERVICE_DESIRED_COUNT;
    private static RunningSandbox sandbox;
    private static EcsClient ecs;
    private static ApplicationAutoScalingClient scaling;
    private static SandboxControl control;

    @BeforeAll
    static void start() {
        sandbox = RunningSandbox.emptyAndStill();
        ecs = sandbox.ecs();
        scaling = sandbox.scaling();
        control = sandbox.control();
        ecs.createCluster(b -> b.clusterName("shop"));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    /** A Fargate service whose tasks run at {@code cpu} percent each at its first desired count. */
    private static void service(String name, int desired, int cpu) {
        String td = ecs.registerTaskDefinition(b -> b.family(name).networkMode(NetworkMode.AWSVPC)
                .requiresCompatibilitiesWithStrings("FARGATE").cpu("256").memory("512")
                .executionRoleArn("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                .containerDefinitions(c -> c.name(name).image("example/" + name + ":1")
                        .dockerLabels(Map.of("sandbox.cpu", Integer.toString(cpu), "sandbox.cpu-wave", "0"))
                        .logConfiguration(l -> l.logDriver(LogDriver.AWSLOGS).options(Map.of("awslogs-group", "/ecs/" + name,
                                "awslogs-stream-prefix", "ecs")))))
                .taskDefinition().taskDefinitionArn();
        ecs.createService(b -> b.cluster("shop").serviceName(name).taskDefinition(td).desiredCount(desired)
                .launchType(LaunchType.FARGATE)
                .networkConfiguration(n -> n.awsvpcConfiguration(v -> v.subnets("subnet-0a11111111111111a"))));
    }

    private static void register(String resourceId, int min, int max) {
        scaling.registerScalableTarget(b -> b.serviceNamespace(ECS).resourceId(resourceId).scalableDimension(COUNT)
                .minCapacity(min).maxCapacity(max));
    }

    private static Service describe(String name) {
        return ecs.describeServices(b -> b.cluster("shop").services(name)).services().get(0);
    }

    @Test
    void registeredTargetIsDescribedAndClampsTheDesiredCount() {
        service("clamped", 1, 20);
        register("service/shop/clamped", 3, 6);
        ScalableTarget target = scaling.describeScalableTargets(b -> b.serviceNamespace(ECS)
                .resourceIds("service/shop/clamped")).scalableTargets().get(0);
        assertThat(target.minCapacity()).isEqualTo(3);
        assertThat(target.maxCapacity()).isEqualTo(6);
        assertThat(target.scalableDimension()).isEqualTo(COUNT);
        assertThat(target.roleARN()).contains("AWSServiceRoleForApplicationAutoScaling_ECSService");
        assertThat(target.scalableTargetARN()).startsWith("arn:aws:application-autoscaling:us-east-1:123456789012:scalable-target/");
        assertThat(target.creationTime()).isNotNull();
        assertThat(describe("clamped").desiredCount()).isEqualTo(3);
        ScalingActivity clamp = scaling.describeScalingActivities(b -> b.serviceNamespace(ECS).resourceId("service/shop/clamped"))
                .scalingActivities().get(0);
        assertThat(clamp.description()).isEqualTo("Setting desired count to 3.");
        assertThat(clamp.cause()).isEqualTo("minimum capacity was set to 3");
        assertThat(clamp.statusCodeAsString()).isEqualTo("Successful");

        register("service/shop/clamped", 1, 2);
        assertThat(describe("clamped").desiredCount()).isEqualTo(2);
        control.advance(Duration.ofMinutes(2));
        assertThat(describe("clamped").runningCount()).isEqualTo(2);
    }

    @Test
    void targetTrackingScalesAHotServiceOutAndTheServiceFollows() {
        service("hot", 2, 90);
        register("service/shop/hot", 2, 8);
        var put = scaling.putScalingPolicy(b -> b.policyName("hot-cpu").serviceNamespace(ECS).resourceId("service/shop/hot")
                .scalableDimension(COUNT).policyType(PolicyType.TARGET_TRACKING_SCALING)
                .targetTrackingScalingPolicyConfiguration(c -> c.targetValue(50.0).scaleOutCooldown(60).scaleInCooldown(600)
                        .predefinedMetricSpecification(m -> m.predefinedMetricType(MetricType.ECS_SERVICE_AVERAGE_CPU_UTILIZATION))));
        assertThat(put.policyARN()).startsWith("arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:")
                .endsWith(":resource/ecs/service/shop/hot:policyName/hot-cpu");
        assertThat(put.alarms()).extracting(a -> a.alarmName()).satisfiesExactly(
                high -> assertThat(high).startsWith("TargetTracking-service/shop/hot-AlarmHigh-"),
                low -> assertThat(low).startsWith("TargetTracking-service/shop/hot-AlarmLow-"));

        control.advance(Duration.ofMinutes(8), Duration.ofSeconds(20));
        Service s = describe("hot");
        assertThat(s.desiredCount()).as("90%% on 2 tasks against a 50%% target").isGreaterThanOrEqualTo(4);
        assertThat(s.runningCount()).isEqualTo(s.desiredCount());
        assertThat(s.events()).extracting(ServiceEvent::message).anyMatch(m -> m.matches("\\(service hot\\) has started \\d+ tasks: .*"));
        List<ScalingActivity> activities = scaling.describeScalingActivities(b -> b.serviceNamespace(ECS)
                .resourceId("service/shop/hot")).scalingActivities();
        assertThat(activities).isNotEmpty().allSatisfy(a -> {
            assertThat(a.description()).matches("Setting desired count to \\d+\\.");
            assertThat(a.cause()).isEqualTo("monitor alarm " + put.alarms().get(0).alarmName()
                    + " in state ALARM triggered policy hot-cpu");
            assertThat(a.statusMessage()).matches("Successfully set desired count to \\d+\\. Change successfully fulfilled by ecs\\.");
        });
        assertThat(activities.get(0).description()).isEqualTo("Setting desired count to " + s.desiredCount() + ".");

        ScalingPolicy policy = scaling.describeScalingPolicies(b -> b.serviceNamespace(ECS).resourceId("service/shop/hot"))
                .scalingPolicies().get(0);
        assertThat(policy.policyType()).isEqualTo(PolicyType.TARGET_TRACKING_SCALING);
        assertThat(policy.targetTrackingScalingPolicyConfiguration().targetValue()).isEqualTo(50.0);
        assertThat(policy.alarms()).hasSize(2);
    }

    @Test
    void stepScalingPoliciesAreAcceptedAndDescribed() {
        service("stepped", 1, 10);
        register("service/shop/stepped", 1, 3);
        scaling.putScalingPolicy(b -> b.policyName("step-out").serviceNamespace(ECS).resourceId("service/shop/stepped")
                .scalableDimension(COUNT).policyType(PolicyType.STEP_SCALING)
                .stepScalingPolicyConfiguration(c -> c.adjustmentType("ChangeInCapacity").cooldown(60)
                        .stepAdjustments(a -> a.metricIntervalLowerBound(0.0).scalingAdjustment(1))));
        ScalingPolicy p = scaling.describeScalingPolicies(b -> b.serviceNamespace(ECS).policyNames("step-out"))
                .scalingPolicies().get(0);
        assertThat(p.stepScalingPolicyConfiguration().stepAdjustments()).singleElement()
                .satisfies(a -> assertThat(a.scalingAdjustment()).isEqualTo(1));
        assertThat(p.alarms()).isEmpty();
    }

    @Test
    void invalidScalingRequestsAreRefused() {
        service("checked", 1, 10);
        assertThatThrownBy(() -> register("service/shop/missing", 1, 2))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ECS service doesn't exist: service/shop/missing");
        assertThatThrownBy(() -> register("service/shop/checked", 5, 2))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cannot be greater than maximum");
        assertThatThrownBy(() -> scaling.registerScalableTarget(b -> b.serviceNamespace(ECS).resourceId("service/shop/checked")
                .scalableDimension(COUNT)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("MinCapacity and MaxCapacity are required");
        assertThatThrownBy(() -> scaling.putScalingPolicy(b -> b.policyName("p").serviceNamespace(ECS)
                .resourceId("service/shop/checked").scalableDimension(COUNT).policyType(PolicyType.STEP_SCALING)))
                .isInstanceOf(ObjectNotFoundException.class).hasMessageContaining("No scalable target registered");
        assertThatThrownBy(() -> scaling.describeScalableTargets(b -> b.serviceNamespace(ECS).nextToken("bogus")))
                .satisfies(e -> assertThat(((AwsServiceException) e)
                        .awsErrorDetails().errorCode()).isEqualTo("InvalidNextTokenException"));
        assertThatThrownBy(() -> scaling.describeScalableTargets(b -> b.serviceNamespace(ServiceNamespace.DYNAMODB)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void describeScalableTargetsPages() {
        for (int i = 0; i < 3; i++) {
            String name = "paged-" + i;
            service(name, 1, 10);
            register("service/shop/" + name, 1, 2);
        }
        List<String> ids = scaling.describeScalableTargetsPaginator(b -> b.serviceNamespace(ECS).maxResults(1))
                .scalableTargets().stream().map(ScalableTarget::resourceId).filter(r -> r.contains("paged-")).toList();
        assertThat(ids).containsExactly("service/shop/paged-0", "service/shop/paged-1", "service/shop/paged-2");
    }
}
