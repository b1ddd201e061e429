package dev.berth.core.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.Volume;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.model.Attachment;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.Deployment;
import software.amazon.awssdk.services.ecs.model.KeyValuePair;
import software.amazon.awssdk.services.ecs.model.Scale;
import software.amazon.awssdk.services.ecs.model.TaskSet;

class EcsMapperTest {
    private static final String ARN = "arn:aws:ecs:us-east-1:123456789012:";

    @Test
    void serviceCarriesTaskSetsRegistriesAndTheServiceConnectOfItsPrimaryDeployment() {
        Service s = EcsMapper.service(software.amazon.awssdk.services.ecs.model.Service.builder()
                .serviceArn(ARN + "service/prod/shop").serviceName("shop").status("ACTIVE")
                .deploymentController(c -> c.type("EXTERNAL"))
                .taskSets(TaskSet.builder().id("ecs-svc/1").taskSetArn(ARN + "task-set/prod/shop/ecs-svc/1").status("PRIMARY")
                                .taskDefinition(ARN + "task-definition/shop:3").computedDesiredCount(4).runningCount(3)
                                .scale(Scale.builder().value(50.0).unit("PERCENT").build()).stabilityStatus("STABILIZING")
                                .externalId("deploy-7").loadBalancers(l -> l.targetGroupArn("tg-blue").containerName("shop")
                                        .containerPort(8080)).build(),
                        TaskSet.builder().id("ecs-svc/2").status("ACTIVE").taskDefinition(ARN + "task-definition/shop:4")
                                .loadBalancers(l -> l.targetGroupArn("tg-green")).build())
                .serviceRegistries(r -> r.registryArn("arn:aws:servicediscovery:us-east-1:123456789012:service/srv-1").port(8080))
                .deployments(Deployment.builder().id("d1").status("ACTIVE").serviceConnectConfiguration(c -> c.enabled(false)).build(),
                        Deployment.builder().id("d2").status("PRIMARY").serviceConnectConfiguration(c -> c.enabled(true)
                                .namespace("prod.internal").services(x -> x.portName("http").discoveryName("shop")
                                        .clientAliases(a -> a.port(80).dnsName("shop.prod.internal")))).build())
                .build());
        assertThat(s.deploymentController()).isEqualTo("EXTERNAL");
        assertThat(s.taskSets()).hasSize(2);
        assertThat(s.primaryTaskSet()).satisfies(t -> {
            assertThat(t.revision()).isEqualTo("shop:3");
            assertThat(t.scalePercent()).isEqualTo(50.0);
            assertThat(t.computedDesiredCount()).isEqualTo(4);
            assertThat(t.externalId()).isEqualTo("deploy-7");
        });
        assertThat(s.targetGroupArns()).containsExactly("tg-blue", "tg-green");
        assertThat(s.serviceRegistries()).singleElement().satisfies(r -> assertThat(r.port()).isEqualTo(8080));
        assertThat(s.serviceConnect().enabled()).as("the primary deployment's").isTrue();
        assertThat(s.serviceConnect().endpoints()).singleElement().satisfies(e ->
                assertThat(e.clientAliases()).extracting(a -> a.dnsName() + ":" + a.port()).containsExactly("shop.prod.internal:80"));
        assertThat(s.steady()).as("a task set still stabilizing").isFalse();
    }

    @Test
    void taskCarriesItsNetworkInterfaceAndSubnet() {
        Task t = EcsMapper.task(software.amazon.awssdk.services.ecs.model.Task.builder()
                .taskArn(ARN + "task/prod/0123456789abcdef0123456789abcdef").lastStatus("RUNNING")
                .capacityProviderName("FARGATE_SPOT").availabilityZone("us-east-1b")
                .attachments(Attachment.builder().type("ElasticNetworkInterface").details(
                        KeyValuePair.builder().name("subnetId").value("subnet-0b").build(),
                        KeyValuePair.builder().name("networkInterfaceId").value("eni-0abc").build(),
                        KeyValuePair.builder().name("privateIPv4Address").value("10.0.64.7").build()).build())
                .build());
        assertThat(t.networkInterfaceId()).isEqualTo("eni-0abc");
        assertThat(t.subnetId()).isEqualTo("subnet-0b");
        assertThat(t.privateIp()).isEqualTo("10.0.64.7");
        assertThat(t.capacityProvider()).isEqualTo("FARGATE_SPOT");
        assertThat(t.running()).isTrue();
    }

    @Test
    void taskDefinitionReadsVolumesMountsAndSecretsAndMasksSecretLookingValuesInItsJson() {
        TaskDefinition td = EcsMapper.taskDefinition(software.amazon.awssdk.services.ecs.model.TaskDefinition.builder()
                .taskDefinitionArn(ARN + "task-definition/pay:2").family("pay").revision(2)
                .registeredAt(Instant.parse("2025-03-01T00:00:00Z"))
                .executionRoleArn("arn:aws:iam::123456789012:role/exec").taskRoleArn("arn:aws:iam::123456789012:role/pay")
                .volumes(v -> v.name("receipts").efsVolumeConfiguration(e -> e.fileSystemId("fs-1").transitEncryption("ENABLED")
                                .authorizationConfig(a -> a.accessPointId("fsap-1").iam("ENABLED"))),
                        v -> v.name("scratch").host(h -> h.sourcePath("/mnt/scratch")),
                        v -> v.name("cache").dockerVolumeConfiguration(d -> d.scope("shared").driver("local").autoprovision(true)),
                        v -> v.name("tmp"))
                .containerDefinitions(ContainerDefinition.builder().name("pay").image("pay:2")
                        .environment(KeyValuePair.builder().name("API_TOKEN").value("tok-123").build(),
                                KeyValuePair.builder().name("LOG_LEVEL").value("info").build())
                        .secrets(x -> x.name("DB_PASSWORD").valueFrom("arn:aws:secretsmanager:us-east-1:123456789012:secret:db"))
                        .mountPoints(m -> m.sourceVolume("receipts").containerPath("/receipts").readOnly(true)).build())
                .build());
        assertThat(td.volumes()).extracting(Volume::kind)
                .containsExactly(Volume.Kind.EFS, Volume.Kind.BIND, Volume.Kind.DOCKER, Volume.Kind.BIND);
        assertThat(td.volumes().get(0).efs()).isEqualTo(new Volume.Efs("fs-1", null, "fsap-1", true, true));
        assertThat(td.volumes().get(1).hostPath()).isEqualTo("/mnt/scratch");
        assertThat(td.volumes().get(2).docker()).isEqualTo(new Volume.Docker("shared", "local", true));
        assertThat(td.volumes().get(3).hostPath()).as("Fargate task storage").isNull();
        var c = td.containers().get(0);
        assertThat(c.mountPoints()).singleElement().satisfies(m -> assertThat(m.readOnly()).isTrue());
        assertThat(c.secrets()).containsEntry("DB_PASSWORD", "arn:aws:secretsmanager:us-east-1:123456789012:secret:db");
        assertThat(c.maskedEnvironment()).containsExactly(java.util.Map.entry("API_TOKEN", "********"), java.util.Map.entry("LOG_LEVEL", "info"));
        assertThat(c.reveal("API_TOKEN")).isEqualTo("tok-123");
        assertThat(td.json()).contains("tok-123");
        assertThat(td.maskedJson()).doesNotContain("tok-123").contains("\"********\"").contains("info").contains("DB_PASSWORD");
    }
}
