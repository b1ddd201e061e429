package dev.berth.sandbox.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.sandbox.RunningSandbox;
import dev.berth.sandbox.SandboxControl;
import dev.berth.sandbox.ecs.EcsFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.InvalidParameterException;
import software.amazon.awssdk.services.ecs.model.Task;
import software.amazon.awssdk.services.servicediscovery.ServiceDiscoveryClient;
import software.amazon.awssdk.services.servicediscovery.model.CustomHealthStatus;
import software.amazon.awssdk.services.servicediscovery.model.HealthStatusFilter;
import software.amazon.awssdk.services.servicediscovery.model.InstanceSummary;
import software.amazon.awssdk.services.servicediscovery.model.NamespaceFilterName;
import software.amazon.awssdk.services.servicediscovery.model.NamespaceNotFoundException;
import software.amazon.awssdk.services.servicediscovery.model.OperationStatus;
import software.amazon.awssdk.services.servicediscovery.model.RecordType;
import software.amazon.awssdk.services.servicediscovery.model.ServiceFilterName;
import software.amazon.awssdk.services.servicediscovery.model.ServiceNotFoundException;

/** Cloud Map over HTTP with the SDK: namespaces, services, and instances that follow the ECS tasks. */
class CloudMapIT {
    private static RunningSandbox sandbox;
    private static EcsClient ecs;
    private static ServiceDiscoveryClient discovery;
    private static SandboxControl control;
    private static String namespace;

    @BeforeAll
    static void start() {
        sandbox = RunningSandbox.emptyAndStill();
        ecs = sandbox.ecs();
        discovery = sandbox.clients().discovery();
        control = sandbox.control();
        ecs.createCluster(b -> b.clusterName("cm"));
        String operation = discovery.createPrivateDnsNamespace(b -> b.name("cm.internal").vpc("vpc-0123456789abcdef0")
                .properties(p -> p.dnsProperties(d -> d.soa(s -> s.ttl(30L))))).operationId();
        var op = discovery.getOperation(b -> b.operationId(operation)).operation();
        assertThat(op.status()).isEqualTo(OperationStatus.SUCCESS);
        namespace = op.targetsAsStrings().get("NAMESPACE");
    }

    @AfterAll
    static void stop() {
        discovery.close();
        sandbox.close();
    }

    private static String registry(String name, RecordType type, long ttl, boolean customHealth) {
        return discovery.createService(b -> {
            b.name(name).namespaceId(namespace).dnsConfig(d -> d.dnsRecords(r -> r.type(type).ttl(ttl)));
            if (customHealth) {
                b.healthCheckCustomConfig(h -> h.failureThreshold(1));
            }
        }).service().arn();
    }

    private static List<Task> running(String service) {
        List<String> arns = ecs.listTasks(b -> b.cluster("cm").serviceName(service)).taskArns();
        return arns.isEmpty() ? List.of() : ecs.describeTasks(b -> b.cluster("cm").tasks(arns)).tasks();
    }

    @Test
    void namespacesAndServicesAreListedFilteredAndReadById() {
        String arn = registry("listed", RecordType.A, 15, true);
        var ns = discovery.getNamespace(b -> b.id(namespace)).namespace();
        assertThat(ns.name()).isEqualTo("cm.internal");
        assertThat(ns.typeAsString()).isEqualTo("DNS_PRIVATE");
        assertThat(ns.properties().dnsProperties().soa().ttl()).isEqualTo(30L);
        assertThat(ns.arn()).isEqualTo("arn:aws:servicediscovery:us-east-1:123456789012:namespace/" + namespace);
        assertThat(discovery.listNamespaces(b -> b.filters(f -> f.name(NamespaceFilterName.TYPE).values("DNS_PRIVATE"))).namespaces())
                .extracting(n -> n.id()).contains(namespace);
        assertThat(discovery.listNamespaces(b -> b.filters(f -> f.name(NamespaceFilterName.TYPE).values("HTTP"))).namespaces()).isEmpty();
        var listed = discovery.listServices(b -> b.filters(f -> f.name(ServiceFilterName.NAMESPACE_ID).values(namespace))).services();
        assertThat(listed).extracting(s -> s.arn()).contains(arn);
        var service = discovery.getService(b -> b.id(arn)).service();
        assertThat(service.name()).isEqualTo("listed");
        assertThat(service.namespaceId()).isEqualTo(namespace);
        assertThat(service.dnsConfig().dnsRecords()).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(RecordType.A);
            assertThat(r.ttl()).isEqualTo(15L);
        });
        assertThat(service.healthCheckCustomConfig().failureThreshold()).isEqualTo(1);
        assertThatThrownBy(() -> discovery.getNamespace(b -> b.id("ns-0000000000000000"))).isInstanceOf(NamespaceNotFoundException.class);
        assertThatThrownBy(() -> discovery.getService(b -> b.id("srv-0000000000000000"))).isInstanceOf(ServiceNotFoundException.class);
    }

    @Test
    void ecsRegistersEachRunningTaskWithItsAddressZoneAndHealthAndRemovesItWhenItStops() {
        String arn = registry("api", RecordType.A, 10, true);
        String id = arn.substring(arn.lastIndexOf('/') + 1);
        String revision = EcsFixtures.fargateRevision(ecs, "cm-api", Map.of());
        EcsFixtures.fargateService(ecs, "cm", "api", revision, 2, b -> b.serviceRegistries(r -> r.registryArn(arn)));
        control.advance(Duration.ofSeconds(60));
        List<Task> tasks = running("api");
        List<InstanceSummary> instances = discovery.listInstances(b -> b.serviceId(id)).instances();
        assertThat(instances).extracting(InstanceSummary::id)
                .containsExactlyInAnyOrderElementsOf(tasks.stream().map(t -> t.taskArn().replaceAll(".*/", "")).toList());
        for (Task t : tasks) {
            Map<String, String> attributes = instances.stream().filter(i -> t.taskArn().endsWith(i.id())).findFirst().orElseThrow()
                    .attributes();
            assertThat(attributes).containsEntry("AWS_INSTANCE_IPV4", t.containers().get(0).networkInterfaces().get(0).privateIpv4Address())
                    .containsEntry("AVAILABILITY_ZONE", t.availabilityZone())
                    .containsEntry("ECS_CLUSTER_NAME", "cm").containsEntry("ECS_SERVICE_NAME", "api")
                    .containsEntry("ECS_TASK_DEFINITION_FAMILY", "cm-api");
        }
        assertThat(discovery.getInstancesHealthStatus(b -> b.serviceId(id)).statusAsStrings().values()).containsOnly("HEALTHY");

        ecs.updateService(b -> b.cluster("cm").service("api").desiredCount(1));
        control.advance(Duration.ofSeconds(30));
        assertThat(discovery.listInstances(b -> b.serviceId(id)).instances()).hasSize(1);
    }

    @Test
    void tasksFailingTheirHealthChecksRegisterUnhealthyAndSrvNeedsAPort() {
        String arn = registry("sick", RecordType.SRV, 60, true);
        String revision = EcsFixtures.fargateRevision(ecs, "cm-sick", Map.of("sandbox.health-check", "http-502"));
        assertThatThrownBy(() -> EcsFixtures.fargateService(ecs, "cm", "sick", revision, 1, b -> b.serviceRegistries(r -> r.registryArn(arn))))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("SRV record");
        EcsFixtures.fargateService(ecs, "cm", "sick", revision, 1, b -> b.serviceRegistries(r -> r.registryArn(arn)
                .containerName("cm-sick").containerPort(8080)));
        control.advance(Duration.ofSeconds(60));
        String id = arn.substring(arn.lastIndexOf('/') + 1);
        assertThat(discovery.listInstances(b -> b.serviceId(id)).instances()).singleElement()
                .satisfies(i -> assertThat(i.attributes()).containsEntry("AWS_INSTANCE_PORT", "8080"));
        assertThat(discovery.getInstancesHealthStatus(b -> b.serviceId(id)).statusAsStrings().values()).containsOnly("UNHEALTHY");
        assertThatThrownBy(() -> EcsFixtures.fargateService(ecs, "cm", "lost", revision, 1, b -> b.serviceRegistries(r -> r.registryArn(
                arn.replace(id, "srv-0000000000000000"))))).isInstanceOf(InvalidParameterException.class).hasMessageContaining("does not exist");
    }

    @Test
    void instancesRegisteredByHandReportCustomHealthAndAreDiscoveredByName() {
        String arn = registry("manual", RecordType.A, 10, true);
        String id = arn.substring(arn.lastIndexOf('/') + 1);
        discovery.registerInstance(b -> b.serviceId(id).instanceId("a").attributes(Map.of("AWS_INSTANCE_IPV4", "10.0.0.10")));
        discovery.registerInstance(b -> b.serviceId(id).instanceId("b").attributes(Map.of("AWS_INSTANCE_IPV4", "10.0.0.11")));
        discovery.updateInstanceCustomHealthStatus(b -> b.serviceId(id).instanceId("b").status(CustomHealthStatus.UNHEALTHY));
        assertThat(discovery.getInstancesHealthStatus(b -> b.serviceId(id)).statusAsStrings())
                .containsExactlyInAnyOrderEntriesOf(Map.of("a", "HEALTHY", "b", "UNHEALTHY"));
        assertThat(discovery.discoverInstances(b -> b.namespaceName("cm.internal").serviceName("manual")
                .healthStatus(HealthStatusFilter.HEALTHY)).instances()).extracting(i -> i.instanceId()).containsExactly("a");
        assertThat(discovery.discoverInstances(b -> b.namespaceName("cm.internal").serviceName("manual")
                .healthStatus(HealthStatusFilter.ALL)).instances()).hasSize(2);
        discovery.deregisterInstance(b -> b.serviceId(id).instanceId("a"));
        assertThat(discovery.listInstances(b -> b.serviceId(id)).instances()).extracting(InstanceSummary::id).containsExactly("b");
        assertThat(discovery.getService(b -> b.id(id)).service().instanceCount()).isEqualTo(1);
    }
}
