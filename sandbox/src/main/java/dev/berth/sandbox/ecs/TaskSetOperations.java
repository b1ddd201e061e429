package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.AwsException;
import dev.berth.sandbox.wire.Call;
import dev.berth.sandbox.wire.Input;
import dev.berth.sandbox.wire.Operation;
import java.util.List;
import java.util.Map;

/** CreateTaskSet, DescribeTaskSets, UpdateTaskSet, UpdateServicePrimaryTaskSet, DeleteTaskSet (EXTERNAL services). */
final class TaskSetOperations {
    private final World world;

    TaskSetOperations(World world) {
        this.world = world;
    }

    void register(Map<String, Operation> ops) {
        ops.put("CreateTaskSet", this::create);
        ops.put("DescribeTaskSets", this::describe);
        ops.put("UpdateTaskSet", this::update);
        ops.put("UpdateServicePrimaryTaskSet", this::makePrimary);
        ops.put("DeleteTaskSet", this::delete);
    }

    private JsonNode create(Call call) {
        Input in = call.input();
        String serviceRef = in.requireString("service");
        in.requireString("cluster");
        String definitionRef = in.requireString("taskDefinition");
        double scale = scale(in);
        NetworkConfiguration network = NetworkConfiguration.read(in);
        Map<String, String> tags = Tags.read(in, "tags");
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.write(() -> {
            EcsService s = externalService(ecs, in, serviceRef);
            TaskDefinition td = ServiceOperations.usableDefinition(ecs, definitionRef);
            LaunchType launchType = in.has("launchType") || in.has("capacityProviderStrategy")
                    ? LaunchType.requested(in, s.cluster) : s.launchType;
            NetworkConfiguration net = network != null ? network : s.network;
            ServiceOperations.checkPlacement(td, launchType, net);
            ServiceLinks links = ServiceLinks.read(in, td, ecs, ServiceLinks.NONE);
            CapacityProviderStrategy providers = launchType != LaunchType.FARGATE ? null
                    : in.has("capacityProviderStrategy") ? CapacityProviderStrategy.requested(in, s.cluster) : s.capacityProviders;
            String id = ecs.ids.deploymentId();
            TaskSet set = new TaskSet(id, ecs.region().arn("ecs", "task-set/" + s.cluster.name + "/" + s.name + "/" + id), s,
                    in.string("externalId"), td, launchType, providers, net, links, scale, ecs.now());
            if (tags != null) {
                set.tags.putAll(tags);
            }
            s.taskSets.add(set);
            s.steady = false;
            ecs.scheduler.touch(s);
            return answer(set);
        });
    }

    private JsonNode describe(Call call) {
        Input in = call.input();
        String serviceRef = in.requireString("service");
        in.requireString("cluster");
        List<String> refs = in.strings("taskSets");
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.read(() -> {
            EcsService s = externalService(ecs, in, serviceRef);
            ObjectNode out = Json.object();
            ArrayNode found = out.putArray("taskSets");
            ArrayNode failures = out.putArray("failures");
            if (refs.isEmpty()) {
                s.taskSets.forEach(t -> found.add(t.toJson()));
            }
            for (String ref : refs) {
                TaskSet t = find(s, ref);
                if (t == null) {
                    failures.addObject().put("arn", ref).put("reason", "MISSING");
                } else {
                    found.add(t.toJson());
                }
            }
            return out;
        });
    }

    private JsonNode update(Call call) {
        Input in = call.input();
        String serviceRef = in.requireString("service");
        in.requireString("cluster");
        String ref = in.requireString("taskSet");
        if (!in.has("scale")) {
            throw EcsErrors.invalid("scale is required.");
        }
        double scale = scale(in);
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.write(() -> {
            EcsService s = externalService(ecs, in, serviceRef);
            TaskSet set = existing(s, ref);
            set.scalePercent = scale;
            set.updatedAt = ecs.now();
            s.steady = false;
            ecs.scheduler.touch(s);
            return answer(set);
        });
    }

    private JsonNode makePrimary(Call call) {
        Input in = call.input();
        String serviceRef = in.requireString("service");
        in.requireString("cluster");
        String ref = in.requireString("primaryTaskSet");
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.write(() -> {
            EcsService s = externalService(ecs, in, serviceRef);
            TaskSet set = existing(s, ref);
            if (set.draining()) {
                throw EcsErrors.invalid("A task set that is being deleted cannot become the primary task set.");
            }
            for (TaskSet other : s.taskSets) {
                if (other != set && other.status.equals("PRIMARY")) {
                    other.status = "ACTIVE";
                    other.updatedAt = ecs.now();
                }
            }
            set.status = "PRIMARY";
            set.updatedAt = ecs.now();
            s.taskDefinition = set.taskDefinition;
            s.load = set.taskDefinition.workload.cpuPercent() * Math.max(1, s.desiredCount);
            ecs.scheduler.event(s, "(service " + s.name + ") updated the primary task set to (task-set " + set.id + ").");
            return answer(set);
        });
    }

    private JsonNode delete(Call call) {
        Input in = call.input();
        String serviceRef = in.requireString("service");
        in.requireString("cluster");
        String ref = in.requireString("taskSet");
        boolean force = in.bool("force", false);
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.write(() -> {
            EcsService s = externalService(ecs, in, serviceRef);
            TaskSet set = existing(s, ref);
            if (set.status.equals("PRIMARY") && !force) {
                throw EcsErrors.invalid("The primary task set cannot be deleted without force.");
            }
            set.status = "DRAINING";
            set.updatedAt = ecs.now();
            ecs.scheduler.touch(s);
            return answer(set);
        });
    }

    private static double scale(Input in) {
        if (!in.has("scale")) {
            return 100;
        }
        Input scale = in.object("scale");
        if (!"PERCENT".equals(scale.string("unit", "PERCENT"))) {
            throw EcsErrors.invalid("scale.unit must be PERCENT.");
        }
        Double value = scale.number("value");
        if (value == null || value < 0 || value > 100) {
            throw EcsErrors.invalid("scale.value must be between 0 and 100.");
        }
        return value;
    }

    private static EcsService externalService(EcsState ecs, Input in, String reference) {
        EcsService s = ServiceOperations.activeService(ecs, in, reference);
        if (!s.external()) {
            throw EcsErrors.invalid("Amazon ECS only supports task set management on services configured to use external "
                    + "deployment controllers.");
        }
        return s;
    }

    private static TaskSet find(EcsService s, String ref) {
        for (TaskSet t : s.taskSets) {
            if (t.id.equals(ref) || t.arn.equals(ref)) {
                return t;
            }
        }
        return null;
    }

    private static TaskSet existing(EcsService s, String ref) {
        TaskSet t = find(s, ref);
        if (t == null) {
            throw AwsException.client("TaskSetNotFoundException", "The specified task set does not exist.");
        }
        return t;
    }

    private static ObjectNode answer(TaskSet set) {
        ObjectNode out = Json.object();
        out.set("taskSet", set.toJson());
        return out;
    }
}
