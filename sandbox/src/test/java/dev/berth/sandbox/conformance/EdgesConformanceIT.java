package dev.berth.sandbox.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.sandbox.MotoServer;
import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxClients;
import dev.berth.sandbox.SandboxOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ActionTypeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ProtocolEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetTypeEnum;
import software.amazon.awssdk.services.servicediscovery.ServiceDiscoveryClient;
import software.amazon.awssdk.services.servicediscovery.model.GetServiceResponse;
import software.amazon.awssdk.services.servicediscovery.model.ListInstancesResponse;
import software.amazon.awssdk.services.servicediscovery.model.RecordType;

/**
 * The same ELBv2 and Cloud Map calls against the sandbox and against moto: every member moto
 * answers, the sandbox answers too, with the same wire type. Skipped, with the reason, without moto.
 */
class EdgesConformanceIT {
    /** Where moto answers what AWS does not: TLS policies of plain HTTP listeners (AWS has them for HTTPS and TLS only). */
    private static final Set<String> MOTO_ONLY = Set.of("Listeners[].SslPolicy", "Listeners[].AlpnPolicy");
    private static MotoServer moto;
    private static Sandbox sandbox;
    private static Map<String, SdkPojo> fromMoto;
    private static Map<String, SdkPojo> fromSandbox;

    @BeforeAll
    static void runBoth() throws Exception {
        moto = MotoServer.startOrSkip();
        sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("empty").withSpeed(0.001));
        MotoDefaultVpc vpc = new MotoDefaultVpc(moto.endpoint());
        fromMoto = scenario(new SandboxClients(moto.endpoint()), vpc.subnetsInTwoZones(), vpc.vpc());
        fromSandbox = scenario(new SandboxClients(sandbox.endpoint()), List.of("subnet-0a11111111111111a", "subnet-0b22222222222222b"),
                "vpc-0123456789abcdef0");
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
        if (moto != null) {
            moto.close();
        }
    }

    private static Map<String, SdkPojo> scenario(SandboxClients clients, List<String> subnets, String vpc) {
        Map<String, SdkPojo> out = new LinkedHashMap<>();
        try (ElasticLoadBalancingV2Client elb = clients.elb(); ServiceDiscoveryClient discovery = clients.discovery()) {
            var lb = elb.createLoadBalancer(b -> b.name("conf-lb").subnets(subnets));
            out.put("CreateLoadBalancer", lb);
            String lbArn = lb.loadBalancers().get(0).loadBalancerArn();
            var tg = elb.createTargetGroup(b -> b.name("conf-tg").protocol(ProtocolEnum.HTTP).port(80).vpcId(vpc)
                    .targetType(TargetTypeEnum.IP).healthCheckPath("/health").healthCheckIntervalSeconds(10)
                    .healthyThresholdCount(2).unhealthyThresholdCount(3));
            out.put("CreateTargetGroup", tg);
            String tgArn = tg.targetGroups().get(0).targetGroupArn();
            out.put("CreateListener", elb.createListener(b -> b.loadBalancerArn(lbArn).protocol(ProtocolEnum.HTTP).port(80)
                    .defaultActions(a -> a.type(ActionTypeEnum.FORWARD).targetGroupArn(tgArn))));
            out.put("ModifyTargetGroupAttributes", elb.modifyTargetGroupAttributes(b -> b.targetGroupArn(tgArn)
                    .attributes(a -> a.key("deregistration_delay.timeout_seconds").value("30"))));
            out.put("RegisterTargets", elb.registerTargets(b -> b.targetGroupArn(tgArn).targets(t -> t.id("172.31.0.10").port(80))));
            out.put("DescribeLoadBalancers", elb.describeLoadBalancers(b -> b.loadBalancerArns(lbArn)));
            out.put("DescribeTargetGroups", elb.describeTargetGroups(b -> b.loadBalancerArn(lbArn)));
            out.put("DescribeListeners", elb.describeListeners(b -> b.loadBalancerArn(lbArn)));
            out.put("DescribeTargetGroupAttributes", elb.describeTargetGroupAttributes(b -> b.targetGroupArn(tgArn)));
            out.put("DescribeTargetHealth", elb.describeTargetHealth(b -> b.targetGroupArn(tgArn)));

            var op = discovery.createPrivateDnsNamespace(b -> b.name("conf.internal").vpc(vpc));
            out.put("CreatePrivateDnsNamespace", op);
            var operation = discovery.getOperation(b -> b.operationId(op.operationId()));
            out.put("GetOperation", operation);
            String ns = operation.operation().targetsAsStrings().get("NAMESPACE");
            out.put("ListNamespaces", discovery.listNamespaces());
            out.put("GetNamespace", discovery.getNamespace(b -> b.id(ns)));
            var service = discovery.createService(b -> b.name("conf").namespaceId(ns)
                    .dnsConfig(d -> d.dnsRecords(r -> r.type(RecordType.A).ttl(10L))).healthCheckCustomConfig(h -> h.failureThreshold(1)));
            out.put("CreateService", service);
            String id = service.service().id();
            out.put("ListServices", discovery.listServices());
            out.put("GetService", discovery.getService(b -> b.id(id)));
            out.put("RegisterInstance", discovery.registerInstance(b -> b.serviceId(id).instanceId("task-1")
                    .attributes(Map.of("AWS_INSTANCE_IPV4", "172.31.0.10", "AVAILABILITY_ZONE", "us-east-1a"))));
            out.put("ListInstances", discovery.listInstances(b -> b.serviceId(id)));
            out.put("GetInstance", discovery.getInstance(b -> b.serviceId(id).instanceId("task-1")));
            out.put("GetInstancesHealthStatus", discovery.getInstancesHealthStatus(b -> b.serviceId(id)));
        }
        return out;
    }

    @Test
    void everyMemberMotoAnswersTheSandboxAnswersWithTheSameType() {
        assertThat(fromSandbox.keySet()).containsExactlyElementsOf(fromMoto.keySet());
        assertThat(Shapes.missing(fromMoto, fromSandbox, MOTO_ONLY::contains))
                .as("members moto answers that the sandbox does not (call → member → type)").isEmpty();
    }

    @Test
    void bothTieTheTargetGroupToItsLoadBalancerAndRegisterTheInstance() {
        for (Map<String, SdkPojo> answers : List.of(fromMoto, fromSandbox)) {
            var groups = (DescribeTargetGroupsResponse) answers.get("DescribeTargetGroups");
            assertThat(groups.targetGroups()).singleElement().satisfies(g -> {
                assertThat(g.targetGroupArn()).matches("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/conf-tg/[0-9a-f]{16}");
                assertThat(g.loadBalancerArns()).singleElement().asString().contains(":loadbalancer/app/conf-lb/");
                assertThat(g.healthCheckPath()).isEqualTo("/health");
            });
            var instances = (ListInstancesResponse) answers.get("ListInstances");
            assertThat(instances.instances()).singleElement().satisfies(i -> {
                assertThat(i.id()).isEqualTo("task-1");
                assertThat(i.attributes()).containsEntry("AWS_INSTANCE_IPV4", "172.31.0.10");
            });
            var service = (GetServiceResponse) answers.get("GetService");
            assertThat(service.service().arn()).matches("arn:aws:servicediscovery:us-east-1:123456789012:service/srv-[0-9a-z]+");
        }
    }
}
