package dev.berth.sandbox.elb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.sandbox.RunningSandbox;
import dev.berth.sandbox.SandboxControl;
import dev.berth.sandbox.ecs.EcsFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.DesiredStatus;
import software.amazon.awssdk.services.ecs.model.InvalidParameterException;
import software.amazon.awssdk.services.ecs.model.ServiceEvent;
import software.amazon.awssdk.services.ecs.model.Task;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ActionTypeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ElasticLoadBalancingV2Exception;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerNotFoundException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ProtocolEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupNotFoundException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupTuple;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetTypeEnum;

/** ELBv2 over HTTP with the SDK: resources, and target health that follows the ECS tasks behind it. */
class LoadBalancingIT {
    private static final AtomicInteger PORTS = new AtomicInteger(8000);
    private static RunningSandbox sandbox;
    private static EcsClient ecs;
    private static ElasticLoadBalancingV2Client elb;
    private static SandboxControl control;
    private static String loadBalancer;

    @BeforeAll
    static void start() {
        sandbox = RunningSandbox.emptyAndStill();
        ecs = sandbox.ecs();
        elb = sandbox.clients().elb();
        control = sandbox.control();
        ecs.createCluster(b -> b.clusterName("lb"));
        loadBalancer = elb.createLoadBalancer(b -> b.name("lb-web").subnets(EcsFixtures.SUBNETS).securityGroups("sg-0123456789abcdef0"))
                .loadBalancers().get(0).loadBalancerArn();
    }

    @AfterAll
    static void stop() {
        elb.close();
        sandbox.close();
    }

    /** An ip target group checked every 10 s (2 in a row decide), draining 20 s, behind a listener of the load balancer. */
    private static String balancedGroup(String name) {
        String arn = elb.createTargetGroup(b -> b.name(name).protocol(ProtocolEnum.HTTP).port(8080).vpcId("vpc-0123456789abcdef0")
                .targetType(TargetTypeEnum.IP).healthCheckPath("/health").healthCheckIntervalSeconds(10)
                .healthCheckTimeoutSeconds(5).healthyThresholdCount(2).unhealthyThresholdCount(2))
                .targetGroups().get(0).targetGroupArn();
        elb.modifyTargetGroupAttributes(b -> b.targetGroupArn(arn)
                .attributes(a -> a.key("deregistration_delay.timeout_seconds").value("20")));
        elb.createListener(b -> b.loadBalancerArn(loadBalancer).protocol(ProtocolEnum.HTTP).port(PORTS.getAndIncrement())
                .defaultActions(a -> a.type(ActionTypeEnum.FORWARD).targetGroupArn(arn)));
        return arn;
    }

    private static void balancedService(String name, String targetGroup, Map<String, String> labels, int desired, int grace) {
        String revision = EcsFixtures.fargateRevision(ecs, name, labels);
        EcsFixtures.fargateService(ecs, "lb", name, revision, desired, b -> b.healthCheckGracePeriodSeconds(grace)
                .loadBalancers(l -> l.targetGroupArn(targetGroup).containerName(name).containerPort(8080)));
    }

    private static List<TargetHealthDescription> health(String targetGroup) {
        return elb.describeTargetHealth(b -> b.targetGroupArn(targetGroup)).targetHealthDescriptions();
    }

    private static List<Task> tasks(String service, DesiredStatus status) {
        List<String> arns = ecs.listTasks(b -> b.cluster("lb").serviceName(service).desiredStatus(status)).taskArns();
        return arns.isEmpty() ? List.of() : ecs.describeTasks(b -> b.cluster("lb").tasks(arns)).tasks();
    }

    private static List<String> events(String service) {
        return EcsFixtures.describe(ecs, "lb", service).events().stream().map(ServiceEvent::message).toList();
    }

    @Test
    void describesLoadBalancersTargetGroupsAndListenersByArnNameAndLoadBalancer() {
        String group = balancedGroup("lb-describe");
        LoadBalancer lb = elb.describeLoadBalancers(b -> b.names("lb-web")).loadBalancers().get(0);
        assertThat(lb.loadBalancerArn()).isEqualTo(loadBalancer)
                .matches("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/lb-web/[0-9a-f]{16}");
        assertThat(lb.dnsName()).matches("lb-web-\\d{10}\\.us-east-1\\.elb\\.amazonaws\\.com");
        assertThat(lb.schemeAsString()).isEqualTo("internet-facing");
        assertThat(lb.availabilityZones()).extracting(z -> z.subnetId()).containsExactlyElementsOf(EcsFixtures.SUBNETS);
        assertThat(lb.availabilityZones()).extracting(z -> z.zoneName()).doesNotHaveDuplicates();
        assertThat(elb.describeLoadBalancers(b -> b.loadBalancerArns(loadBalancer)).loadBalancers()).hasSize(1);

        TargetGroup byArn = elb.describeTargetGroups(b -> b.targetGroupArns(group)).targetGroups().get(0);
        assertThat(byArn.targetGroupName()).isEqualTo("lb-describe");
        assertThat(byArn.healthCheckPath()).isEqualTo("/health");
        assertThat(byArn.healthCheckIntervalSeconds()).isEqualTo(10);
        assertThat(byArn.healthyThresholdCount()).isEqualTo(2);
        assertThat(byArn.matcher().httpCode()).isEqualTo("200");
        assertThat(byArn.loadBalancerArns()).containsExactly(loadBalancer);
        assertThat(byArn.targetType()).isEqualTo(TargetTypeEnum.IP);
        assertThat(elb.describeTargetGroups(b -> b.names("lb-describe")).targetGroups()).extracting(TargetGroup::targetGroupArn)
                .containsExactly(group);
        assertThat(elb.describeTargetGroups(b -> b.loadBalancerArn(loadBalancer)).targetGroups()).extracting(TargetGroup::targetGroupArn)
                .contains(group);
        assertThat(elb.describeListeners(b -> b.loadBalancerArn(loadBalancer)).listeners())
                .anySatisfy(l -> assertThat(l.defaultActions().get(0).targetGroupArn()).isEqualTo(group));
        assertThat(elb.describeTargetGroupAttributes(b -> b.targetGroupArn(group)).attributes())
                .anySatisfy(a -> assertThat(a.key() + "=" + a.value()).isEqualTo("deregistration_delay.timeout_seconds=20"));

        assertThatThrownBy(() -> elb.describeLoadBalancers(b -> b.names("nope"))).isInstanceOf(LoadBalancerNotFoundException.class);
        assertThatThrownBy(() -> elb.describeTargetGroups(b -> b.names("nope"))).isInstanceOf(TargetGroupNotFoundException.class);
        assertThatThrownBy(() -> elb.createLoadBalancer(b -> b.name("one-zone").subnets("subnet-0a11111111111111a")))
                .isInstanceOf(ElasticLoadBalancingV2Exception.class)
                .satisfies(e -> assertThat(((ElasticLoadBalancingV2Exception) e).awsErrorDetails().errorCode()).isEqualTo("ValidationError"))
                .hasMessageContaining("two different Availability Zones");
    }

    @Test
    void targetsFollowTheServiceTasksFromInitialToHealthyToDraining() {
        String group = balancedGroup("lb-follow");
        balancedService("follow", group, Map.of(), 2, 30);
        control.advance(Duration.ofSeconds(45));
        List<Task> running = tasks("follow", DesiredStatus.RUNNING);
        assertThat(health(group)).as("registered once running, checked before they count").isNotEmpty()
                .allSatisfy(t -> assertThat(t.targetHealth().stateAsString()).isIn("initial", "healthy"));
        control.advance(Duration.ofSeconds(60));
        List<TargetHealthDescription> healthy = health(group);
        assertThat(healthy).hasSize(2).allSatisfy(t -> {
            assertThat(t.targetHealth().stateAsString()).isEqualTo("healthy");
            assertThat(t.targetHealth().reason()).isNull();
            assertThat(t.target().port()).isEqualTo(8080);
            assertThat(t.healthCheckPort()).isEqualTo("8080");
        });
        assertThat(healthy).extracting(t -> t.target().id())
                .containsExactlyInAnyOrderElementsOf(running.stream().map(LoadBalancingIT::privateIp).toList());
        assertThat(events("follow")).filteredOn(m -> m.equals("(service follow) registered 1 targets in (target-group " + group + ")"))
                .hasSize(2);

        ecs.updateService(b -> b.cluster("lb").service("follow").desiredCount(1));
        control.advance(Duration.ofSeconds(5));
        assertThat(health(group)).anySatisfy(t -> {
            assertThat(t.targetHealth().stateAsString()).isEqualTo("draining");
            assertThat(t.targetHealth().reasonAsString()).isEqualTo("Target.DeregistrationInProgress");
        });
        assertThat(tasks("follow", DesiredStatus.STOPPED)).singleElement()
                .satisfies(t -> assertThat(t.lastStatus()).as("waits out the drain").isEqualTo("DEACTIVATING"));
        control.advance(Duration.ofSeconds(60));
        assertThat(health(group)).singleElement().satisfies(t -> assertThat(t.targetHealth().stateAsString()).isEqualTo("healthy"));
        assertThat(tasks("follow", DesiredStatus.STOPPED)).singleElement().satisfies(t -> assertThat(t.lastStatus()).isEqualTo("STOPPED"));
        assertThat(events("follow")).contains("(service follow) deregistered 1 targets in (target-group " + group + ")");
    }

    @Test
    void failingChecksMarkTargetsUnhealthyWithTheirReasonAndEcsReplacesTasksOnlyAfterTheGracePeriod() {
        Map<String, String> reasons = Map.of("http-502", "Target.ResponseCodeMismatch", "timeout", "Target.Timeout",
                "refused", "Target.FailedHealthChecks");
        Map<String, String> groups = new java.util.TreeMap<>();
        reasons.keySet().forEach(answer -> {
            String group = balancedGroup("lb-" + answer);
            groups.put(answer, group);
            balancedService("sick-" + answer, group, Map.of("sandbox.health-check", answer), 1, 180);
        });
        control.advance(Duration.ofSeconds(90));
        groups.forEach((answer, group) -> {
            assertThat(health(group)).singleElement().satisfies(t -> {
                assertThat(t.targetHealth().stateAsString()).isEqualTo("unhealthy");
                assertThat(t.targetHealth().reasonAsString()).isEqualTo(reasons.get(answer));
                assertThat(t.targetHealth().description()).isNotBlank();
            });
            assertThat(tasks("sick-" + answer, DesiredStatus.STOPPED)).as("still within the grace period").isEmpty();
            assertThat(events("sick-" + answer)).anyMatch(m -> m.matches("\\(service sick-" + answer + "\\) \\(task [0-9a-f]{32}\\) "
                    + "\\(port 8080\\) is unhealthy in \\(target-group .+\\) due to \\(reason .+\\)\\."));
        });
        assertThat(health(groups.get("http-502")).get(0).targetHealth().description())
                .isEqualTo("Health checks failed with these codes: [502]");

        control.advance(Duration.ofSeconds(120));
        String group = groups.get("http-502");
        assertThat(tasks("sick-http-502", DesiredStatus.STOPPED)).isNotEmpty().first().satisfies(t -> {
            assertThat(t.stopCodeAsString()).isEqualTo("ServiceSchedulerInitiated");
            assertThat(t.stoppedReason()).isEqualTo("Task failed ELB health checks in (target-group " + group + ")");
        });
        assertThat(health(group)).anySatisfy(t -> assertThat(t.targetHealth().stateAsString()).isIn("draining", "initial", "unhealthy"));
    }

    @Test
    void ecsRefusesTargetGroupsItCannotUse() {
        String revision = EcsFixtures.fargateRevision(ecs, "refused", Map.of());
        String unused = elb.createTargetGroup(b -> b.name("lb-unused").protocol(ProtocolEnum.HTTP).port(80)
                .vpcId("vpc-0123456789abcdef0").targetType(TargetTypeEnum.IP)).targetGroups().get(0).targetGroupArn();
        String instances = elb.createTargetGroup(b -> b.name("lb-instances").protocol(ProtocolEnum.HTTP).port(80)
                .vpcId("vpc-0123456789abcdef0").targetType(TargetTypeEnum.INSTANCE)).targetGroups().get(0).targetGroupArn();
        elb.createListener(b -> b.loadBalancerArn(loadBalancer).protocol(ProtocolEnum.HTTP).port(PORTS.getAndIncrement())
                .defaultActions(a -> a.type(ActionTypeEnum.FORWARD).targetGroupArn(instances)));
        String good = balancedGroup("lb-refusals");
        assertThatThrownBy(() -> EcsFixtures.fargateService(ecs, "lb", "refused", revision, 1,
                b -> b.loadBalancers(l -> l.targetGroupArn(unused).containerName("refused").containerPort(8080))))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("does not have an associated load balancer");
        assertThatThrownBy(() -> EcsFixtures.fargateService(ecs, "lb", "refused", revision, 1,
                b -> b.loadBalancers(l -> l.targetGroupArn(instances).containerName("refused").containerPort(8080))))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("has target type instance");
        assertThatThrownBy(() -> EcsFixtures.fargateService(ecs, "lb", "refused", revision, 1,
                b -> b.loadBalancers(l -> l.targetGroupArn(good).containerName("refused").containerPort(9090))))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("did not have a container port 9090 defined");
        assertThatThrownBy(() -> EcsFixtures.fargateService(ecs, "lb", "refused", revision, 1,
                b -> b.loadBalancers(l -> l.targetGroupArn(good.replace("lb-refusals", "lb-missing")).containerName("refused")
                        .containerPort(8080))))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("Unable to find target group");
    }

    @Test
    void targetsRegisteredByHandTimeOutAndDrainWhenDeregistered() {
        String group = balancedGroup("lb-manual");
        elb.registerTargets(b -> b.targetGroupArn(group).targets(t -> t.id("10.0.99.99").port(8080)));
        control.advance(Duration.ofSeconds(30));
        assertThat(health(group)).singleElement().satisfies(t -> {
            assertThat(t.target().id()).isEqualTo("10.0.99.99");
            assertThat(t.targetHealth().stateAsString()).isEqualTo("unhealthy");
            assertThat(t.targetHealth().reasonAsString()).isEqualTo("Target.Timeout");
        });
        assertThat(elb.describeTargetHealth(b -> b.targetGroupArn(group).targets(t -> t.id("10.0.1.1").port(8080)))
                .targetHealthDescriptions()).singleElement().satisfies(t -> {
                    assertThat(t.targetHealth().stateAsString()).isEqualTo("unused");
                    assertThat(t.targetHealth().reasonAsString()).isEqualTo("Target.NotRegistered");
                });
        elb.deregisterTargets(b -> b.targetGroupArn(group).targets(t -> t.id("10.0.99.99").port(8080)));
        assertThat(health(group)).singleElement().satisfies(t -> assertThat(t.targetHealth().stateAsString()).isEqualTo("draining"));
        control.advance(Duration.ofSeconds(25));
        assertThat(health(group)).isEmpty();
    }

    @Test
    void listenersSplitTrafficByWeightAndTheSplitCanMove() {
        String blue = elb.createTargetGroup(b -> b.name("lb-blue").protocol(ProtocolEnum.HTTP).port(8080)
                .vpcId("vpc-0123456789abcdef0").targetType(TargetTypeEnum.IP)).targetGroups().get(0).targetGroupArn();
        String green = elb.createTargetGroup(b -> b.name("lb-green").protocol(ProtocolEnum.HTTP).port(8080)
                .vpcId("vpc-0123456789abcdef0").targetType(TargetTypeEnum.IP)).targetGroups().get(0).targetGroupArn();
        String listener = elb.createListener(b -> b.loadBalancerArn(loadBalancer).protocol(ProtocolEnum.HTTP).port(PORTS.getAndIncrement())
                .defaultActions(a -> a.type(ActionTypeEnum.FORWARD).forwardConfig(f -> f.targetGroups(
                        TargetGroupTuple.builder().targetGroupArn(blue).weight(90).build(),
                        TargetGroupTuple.builder().targetGroupArn(green).weight(10).build()))))
                .listeners().get(0).listenerArn();
        assertThat(weights(listener)).containsExactly(Map.entry(blue, 90), Map.entry(green, 10));
        elb.modifyListener(b -> b.listenerArn(listener).defaultActions(a -> a.type(ActionTypeEnum.FORWARD).forwardConfig(f -> f.targetGroups(
                TargetGroupTuple.builder().targetGroupArn(blue).weight(0).build(),
                TargetGroupTuple.builder().targetGroupArn(green).weight(100).build()))));
        assertThat(weights(listener)).containsExactly(Map.entry(blue, 0), Map.entry(green, 100));
        assertThat(elb.describeTargetGroups(b -> b.targetGroupArns(blue, green)).targetGroups())
                .allSatisfy(g -> assertThat(g.loadBalancerArns()).containsExactly(loadBalancer));
    }

    private static Map<String, Integer> weights(String listener) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        elb.describeListeners(b -> b.listenerArns(listener)).listeners().get(0).defaultActions().get(0).forwardConfig().targetGroups()
                .forEach(t -> out.put(t.targetGroupArn(), t.weight()));
        return out;
    }

    @Test
    void pagesThroughTargetGroupsWithMarkers() {
        for (int i = 0; i < 3; i++) {
            int n = i;
            elb.createTargetGroup(b -> b.name("lb-page-" + n).protocol(ProtocolEnum.HTTP).port(80).vpcId("vpc-0123456789abcdef0"));
        }
        List<String> seen = new java.util.ArrayList<>();
        String marker = null;
        do {
            String m = marker;
            DescribeTargetGroupsResponse page = elb.describeTargetGroups(b -> b.pageSize(2).marker(m));
            assertThat(page.targetGroups()).hasSizeLessThanOrEqualTo(2);
            page.targetGroups().forEach(g -> seen.add(g.targetGroupName()));
            marker = page.nextMarker();
        } while (marker != null);
        assertThat(seen).doesNotHaveDuplicates().contains("lb-page-0", "lb-page-1", "lb-page-2");
        assertThat(seen).hasSameSizeAs(elb.describeTargetGroups(b -> { }).targetGroups());
    }

    private static String privateIp(Task t) {
        return t.attachments().get(0).details().stream().filter(d -> d.name().equals("privateIPv4Address"))
                .findFirst().orElseThrow().value();
    }
}
