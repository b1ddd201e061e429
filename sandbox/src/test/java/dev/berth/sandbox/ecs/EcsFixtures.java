package dev.berth.sandbox.ecs;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.CreateServiceRequest;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.LogDriver;
import software.amazon.awssdk.services.ecs.model.NetworkMode;
import software.amazon.awssdk.services.ecs.model.Service;

/** What the ECS, ELB and Cloud Map tests set up again and again, through the ECS API like any client. */
public final class EcsFixtures {
    public static final List<String> SUBNETS = List.of("subnet-0a11111111111111a", "subnet-0b22222222222222b");

    private EcsFixtures() {
    }

    /** Registers a Fargate revision writing awslogs to {@code /ecs/FAMILY}; labels choose its behaviour. */
    public static String fargateRevision(EcsClient ecs, String family, String image, Map<String, String> labels) {
        return ecs.registerTaskDefinition(b -> b.family(family)
                .networkMode(NetworkMode.AWSVPC)
                .requiresCompatibilities(Compatibility.FARGATE)
                .cpu("256").memory("512")
                .executionRoleArn("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                .containerDefinitions(c -> c.name(family).image(image).essential(true)
                        .portMappings(p -> p.containerPort(8080))
                        .dockerLabels(labels)
                        .logConfiguration(l -> l.logDriver(LogDriver.AWSLOGS).options(Map.of(
                                "awslogs-group", "/ecs/" + family, "awslogs-region", "us-east-1",
                                "awslogs-stream-prefix", "ecs")))))
                .taskDefinition().taskDefinitionArn();
    }

    public static String fargateRevision(EcsClient ecs, String family, Map<String, String> labels) {
        return fargateRevision(ecs, family, "123456789012.dkr.ecr.us-east-1.amazonaws.com/" + family + ":1.0.0", labels);
    }

    public static Service fargateService(EcsClient ecs, String cluster, String name, String taskDefinition, int desired,
                                  Consumer<CreateServiceRequest.Builder> more) {
        return ecs.createService(b -> {
            b.cluster(cluster).serviceName(name).taskDefinition(taskDefinition).desiredCount(desired)
                    .launchType(LaunchType.FARGATE)
                    .networkConfiguration(n -> n.awsvpcConfiguration(v -> v.subnets(SUBNETS).securityGroups("sg-0123456789abcdef0")));
            more.accept(b);
        }).service();
    }

    public static Service describe(EcsClient ecs, String cluster, String service) {
        return ecs.describeServices(b -> b.cluster(cluster).services(service)).services().get(0);
    }
}
