package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.ecs.workload.Workload;
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
        String controller = in.object("deploymentController").string("type", "ECS");
        if (!controller.equals("ECS") && !controller.equals("EXTERNAL")) {
            throw EcsErrors.invalid("The sandbox simulates the ECS and EXTERNAL deployment controllers, not " + controller + ".");
        }
        boolean external = controller.equals("EXTERNAL");
        String definitionRef = in.string("taskDefinition");
        if (!external && (definitionRef == null || definitionRef.isEmpty())) {
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
        NetworkConfiguration network = NetworkConfiguration.read(in);
        DeploymentConfiguration deployment = DeploymentConfiguration.read(in, DeploymentConfiguration.DEFAULT);
        Map<String, String> tags = Tags.read(in, "tags");
        JsonNode serviceConnect = serviceConnect(in, null);
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.write(() -> {
            Cluster c = ecs.cluster(in.string("cluster"));
            EcsService existing = c.services.get(name);
            if (existing != null && !existing.status.equals("INACTIVE")) {
                throw EcsErrors.invalid("Creation of service was not idempotent.");
            }
            TaskDefinition td = definitionRef == null || definitionRef.isEmpty() ? null : usableDefinition(ecs, definitionRef);
            LaunchType launchType = LaunchType.requested(in, c);
            if (td != null) {
                checkPlacement(td, launchType, network);
            }
            ServiceLinks links = ServiceLinks.read(in, td, ecs, ServiceLinks.NONE);
            if (external && (links.balanced() || !links.registries().isEmpty())) {
                throw EcsErrors.invalid("Services with the EXTERNAL deployment controller take load balancers and registries on their task sets.");
            }
            EcsService s = new EcsService(c, name, launchType, controller, ecs.now());
            s.desiredCount = desired;
            s.taskDefinition = td;
            s.deploymentConfiguration = deployment;
            s.network = network;
            s.links = links;
            s.serviceConnect = serviceConnect;
            s.capacityProviders = launchType == LaunchType.FARGATE ? CapacityProviderStrategy.requested(in, c) : null;
            if (tags != null) {
                s.tags.putAll(tags);
            }
            s.load = (td == null ? Workload.DEFAULT : td.workload).cpuPercent() * Math.max(1, desired);
            copyOptions(in, s);
            c.services.put(name, s);
            if (!external) {
                ecs.scheduler.deploy(s, td, null);
            }
            return answer(s);
        });
    }

    /**
     * The request's {@code serviceConnectConfiguration}, checked for what ECS requires (enabled, and
     * a port name for each service), or {@code current} when it has none.
     */
    private static JsonNode serviceConnect(Input in, JsonNode current) {
        if (!in.has("serviceConnectConfiguration")) {
            return current;
        }
        Input sc = in.object("serviceConnectConfiguration");
        if (sc.bool("enabled") == null) {
            throw EcsErrors.invalid("serviceConnectConfiguration.enabled is required.");
        }
        for (Input service : sc.list("services")) {
            if (service.string("portName") == null) {
                throw EcsErrors.invalid("portName is required for each Service Connect service.");
            }
        }
        return sc.node().deepCopy();
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
            if (s.external()) {
                if (definitionRef != null || force || network != null) {
                    throw EcsErrors.invalid("Services with the EXTERNAL deployment controller change revisions through task sets; "
                            + "UpdateService can change their desired count only.");
                }
                copyOptions(in, s);
                if (desired != null) {
                    ecs.scheduler.setDesiredCount(s, desired);
                }
                return answer(s);
            }
            TaskDefinition td = definitionRef == null ? s.taskDefinition : usableDefinition(ecs, definitionRef);
            NetworkConfiguration nextNetwork = network == null ? s.network : network;
            checkPlacement(td, s.launchType, nextNetwork);
            ServiceLinks links = ServiceLinks.read(in, td, ecs, s.links);
            JsonNode serviceConnect = serviceConnect(in, s.serviceConnect);
            s.deploymentConfiguration = DeploymentConfiguration.read(in, s.deploymentConfiguration);
            boolean redeploy = force || td != s.taskDefinition || !Objects.equals(nextNetwork, s.network)
                    || !links.equals(s.links) || !Objects.equals(serviceConnect, s.serviceConnect);
            s.network = nextNetwork;
            s.links = links;
            s.serviceConnect = serviceConnect;
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
    static EcsService activeService(EcsState ecs, Input in, String reference) {
        EcsService s = ecs.findService(ecs.cluster(in.string("cluster")), reference);
        if (s == null) {
            throw EcsErrors.serviceNotFound();
        }
        if (!s.active()) {
            throw EcsErrors.serviceNotActive();
        }
        return s;
    }

    static TaskDefinition usableDefinition(EcsState ecs, String reference) {
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
