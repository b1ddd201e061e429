package dev.berth.sandbox.ecs;

import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.AwsService;
import dev.berth.sandbox.wire.Operation;
import dev.berth.sandbox.wire.Protocol;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Amazon ECS (awsJson 1.1, {@code AmazonEC2ContainerServiceV20141113}) over each region's {@link EcsState}. */
public final class EcsApi {
    private static final Set<String> MUTATING = Set.of("CreateCluster", "DeleteCluster", "RegisterTaskDefinition",
            "DeregisterTaskDefinition", "CreateService", "UpdateService", "DeleteService", "RunTask", "StopTask",
            "TagResource", "UntagResource", "CreateTaskSet", "UpdateTaskSet", "UpdateServicePrimaryTaskSet", "DeleteTaskSet");

    private EcsApi() {
    }

    public static AwsService service(World world) {
        Pages pages = new Pages("nextToken", "maxResults", "InvalidParameterException");
        Map<String, Operation> ops = new HashMap<>();
        new ClusterOperations(world, pages).register(ops);
        new TaskDefinitionOperations(world, pages).register(ops);
        new ServiceOperations(world, pages).register(ops);
        new ServiceDeploymentOperations(world, pages).register(ops);
        new TaskOperations(world, pages).register(ops);
        new TaskSetOperations(world).register(ops);
        new ContainerInstanceOperations(world, pages).register(ops);
        new TagOperations(world).register(ops);
        return new AwsService("ecs", "AmazonEC2ContainerServiceV20141113", null, "2014-11-13",
                "InvalidParameterException", Set.of(Protocol.AWS_JSON_1_1), ops, MUTATING);
    }
}
