package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.Call;
import dev.berth.sandbox.wire.Input;
import dev.berth.sandbox.wire.Operation;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** CreateService, UpdateService, DeleteService, ListServices, DescribeServices. */
final class ServiceOperations {
    private final World world;
    private final Pages pages;

    ServiceOperations(World world, Pages pages) {
        this.world = world;
        this.pages = pages;
    }

    void register(Map<String, Operation> ops) {
        ops.put("CreateService", this::create);
        ops.put("UpdateService", this::update);
        ops.put("DeleteService", this::delete);
        ops.put("ListServices", this::list);
        ops.put("DescribeServices", this::describe);
    }

    private JsonNode create(Call call) {
        Input in = call.input();
        String name = in.string("serviceName");
        if (name == null || name.isEmpty()) {
            throw EcsErrors.invalid("Service name cannot be null or empty.");
        }
        Requests.checkName(name, "Service name");
        String definitionRef = in.string("taskDefinition");
        if (definitionRef == null || definitionRef.isEmpty()) {
            throw EcsErrors.invalid("A task definition must be specified for services using the ECS deployment controller.");
        }
        Integer desired = in.integer("desiredCount");
        if (desired == null) {
            throw EcsErrors.invalid("desiredCount is required for services using the REPLICA scheduling strategy.");
        }
        checkDesired(desired);
        if (!"REPLICA".equals(in.string("schedulingStrategy", "REPLICA"))) {
            throw EcsErrors.invalid("The sandbox simulates REPLICA services only.");
        }
        if (!"ECS".equals(in.object("deploymentController").string("type", "ECS"))) {
            throw EcsErrors.invalid("The sandbox simulates the ECS deployment controller only.");
        }
        NetworkConfiguration network = NetworkConfiguration.read(in);
        DeploymentConfiguration deployment = DeploymentConfiguration.read(in, DeploymentConfiguration.DEFAULT);
        Map<String, String> tags = Tags.read(in, "tags");
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.write(() -> {
            Cluster c = ecs.cluster(in.string("cluster"));
            EcsService existing = c.services.get(name);
            if (existing != null && !existing.status.equals("INACTIVE")) {
                throw EcsErrors.invalid("Creation of service was not idempotent.");
            }
            TaskDefinition td = usableDefinition(ecs, definitionRef);
            LaunchType launchType = LaunchType.requested(in, c);
            checkPlacement(td, launchType, network);
            EcsService s = new EcsService(c, name, launchType, ecs.now());
            s.desiredCount = desired;
            s.taskDefinition = td;
            s.deploymentConfiguration = deployment;
            s.network = network;
            s.capacityProviders = launchType == LaunchType.FARGATE ? CapacityProviderStrategy.requested(in, c) : null;
            if (tags != null) {
                s.tags.putAll(tags);
            }
            s.load = td.workload.cpuPercent() * Math.max(1, desired);
            copyOptions(in, s);
            c.services.put(name, s);
            ecs.scheduler.deploy(s, td, null);
            return answer(s);
        });
    }

    private JsonNode update(Call call) {
        Input in = call.input();
        String ref = in.requireString("service");
        Integer desired = in.integer("desiredCount");
        if (desired != null) {
            checkDesired(desired);
        }
        String definitionRef = in.string("taskDefinition");
        boolean force = in.bool("forceNewDeployment", false);
        NetworkConfiguration network = NetworkConfiguration.read(in);
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.write(() -> {
            EcsService s = activeService(ecs, in, ref);
            TaskDefinition td = definitionRef == null ? s.taskDefinition : usableDefinition(ecs, definitionRef);
            NetworkConfiguration nextNetwork = network == null ? s.network : network;
            checkPlacement(td, s.launchType, nextNetwork);
            s.deploymentConfiguration = DeploymentConfiguration.read(in, s.deploymentConfiguration);
            boolean redeploy = force || td != s.taskDefinition || !Objects.equals(nextNetwork, s.network);
            s.network = nextNetwork;
            copyOptions(in, s);
            if (desired != null) {
                ecs.scheduler.setDesiredCount(s, desired);
            }
            if (redeploy) {
                ecs.scheduler.deploy(s, td, null);
            }
            return answer(s);
        });
    }

    private JsonNode delete(Call call) {
        Input in = call.input();
        String ref = in.requireString("service");
        boolean force = in.bool("force", false);
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.write(() -> {
            EcsService s = activeService(ecs, in, ref);
            if (!force && s.desiredCount > 0) {
                throw EcsErrors.invalid("The service cannot be stopped while it is scaled above 0.");
            }
            s.status = "DRAINING";
            s.desiredCount = 0;
            s.steady = false;
            ecs.scheduler.touch(s);
            return answer(s);
        });
    }

    private JsonNode list(Call call) {
        Input in = call.input();
        LaunchType launchType = LaunchType.parse(in.string("launchType"), in);
        String strategy = in.string("schedulingStrategy", "REPLICA");
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.read(() -> {
            Cluster c = ecs.cluster(in.string("cluster"));
            Pages.Page<EcsService> page = pages.of(c.services,
                    s -> !s.status.equals("INACTIVE") && strategy.equals("REPLICA")
                            && (launchType == null || s.launchType == launchType),
                    in, "services/" + c.arn, 10, 100);
            return Requests.page("serviceArns", page, s -> s.arn);
        });
    }

    private JsonNode describe(Call call) {
        Input in = call.input();
        List<String> refs = Requests.references(in, "services", "service names", 10);
        boolean tags = Requests.include(in, Set.of("TAGS")).contains("TAGS");
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.read(() -> {
            Cluster c = ecs.cluster(in.string("cluster"));
            return Requests.describe(refs, "services", ref -> ecs.findService(c, ref), s -> s.toJson(tags),
                    name -> ecs.region().arn("ecs", "service/" + c.name + "/" + name));
        });
    }

    /** The ACTIVE service a request names: ServiceNotFoundException or ServiceNotActiveException otherwise. */
    private static EcsService activeService(EcsState ecs, Input in, String reference) {
        EcsService s = ecs.findService(ecs.cluster(in.string("cluster")), reference);
        if (s == null) {
            throw EcsErrors.serviceNotFound();
        }
        if (!s.active()) {
            throw EcsErrors.serviceNotActive();
        }
        return s;
    }

    private static TaskDefinition usableDefinition(EcsState ecs, String reference) {
        TaskDefinition td = ecs.taskDefinitions.find(reference);
        if (td == null) {
            throw EcsErrors.invalid("TaskDefinition not found.");
        }
        if (!td.active()) {
            throw EcsErrors.invalid("TaskDefinition is inactive.");
        }
        return td;
    }

    /** ECS's checks that a revision can run where the service puts it. */
    static void checkPlacement(TaskDefinition td, LaunchType launchType, NetworkConfiguration network) {
        if (launchType == LaunchType.FARGATE && !td.compatibilities.contains("FARGATE")) {
            throw EcsErrors.invalid("Task definition does not support launch_type FARGATE.");
        }
        if (td.awsvpc() && network == null) {
            throw EcsErrors.invalid("Network Configuration must be provided when networkMode 'awsvpc' is specified.");
        }
        if (!td.awsvpc() && network != null) {
            throw EcsErrors.invalid("Network Configuration is not valid for the given networkMode of this task definition.");
        }
    }

    private static void checkDesired(int desired) {
        if (desired < 0) {
            throw EcsErrors.invalid("desiredCount must be at least 0.");
        }
        if (desired > EcsService.MAX_TASKS) {
            throw EcsErrors.invalid("desiredCount must be at most " + EcsService.MAX_TASKS + " (the tasks per service quota).");
        }
    }

    /** The options that are only stored and answered back. */
    private static void copyOptions(Input in, EcsService s) {
        if (in.has("loadBalancers")) {
            s.loadBalancers = in.node().get("loadBalancers").deepCopy();
        }
        if (in.has("serviceRegistries")) {
            s.serviceRegistries = in.node().get("serviceRegistries").deepCopy();
        }
        if (in.has("placementConstraints")) {
            s.placementConstraints = in.node().get("placementConstraints").deepCopy();
        }
        if (in.has("placementStrategy")) {
            s.placementStrategy = in.node().get("placementStrategy").deepCopy();
        }
        s.healthCheckGracePeriodSeconds = in.integer("healthCheckGracePeriodSeconds", s.healthCheckGracePeriodSeconds);
        s.enableEcsManagedTags = in.bool("enableECSManagedTags", s.enableEcsManagedTags);
        s.propagateTags = in.string("propagateTags", s.propagateTags);
        s.enableExecuteCommand = in.bool("enableExecuteCommand", s.enableExecuteCommand);
        s.availabilityZoneRebalancing = in.string("availabilityZoneRebalancing", s.availabilityZoneRebalancing);
    }

    private static ObjectNode answer(EcsService s) {
        ObjectNode out = Json.object();
        out.set("service", s.toJson(true));
        return out;
    }
}
