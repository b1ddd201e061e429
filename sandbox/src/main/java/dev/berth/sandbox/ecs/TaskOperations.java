package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.Call;
import dev.berth.sandbox.wire.Input;
import dev.berth.sandbox.wire.Operation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** ListTasks, DescribeTasks, RunTask, StopTask. */
final class TaskOperations {
    private final World world;
    private final Pages pages;

    TaskOperations(World world, Pages pages) {
        this.world = world;
        this.pages = pages;
    }

    void register(Map<String, Operation> ops) {
        ops.put("ListTasks", this::list);
        ops.put("DescribeTasks", this::describe);
        ops.put("RunTask", this::run);
        ops.put("StopTask", this::stop);
    }

    private JsonNode list(Call call) {
        Input in = call.input();
        String desired = in.string("desiredStatus", "RUNNING");
        if (!Set.of("RUNNING", "PENDING", "STOPPED").contains(desired)) {
            throw in.invalid("desiredStatus must be RUNNING, PENDING or STOPPED.");
        }
        String family = in.string("family");
        String startedBy = in.string("startedBy");
        String instanceRef = in.string("containerInstance");
        LaunchType launchType = LaunchType.parse(in.string("launchType"), in);
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.read(() -> {
            Cluster c = ecs.cluster(in.string("cluster"));
            var source = c.tasks;
            String listing = "tasks/" + c.arn;
            if (in.has("serviceName")) {
                EcsService s = ecs.findService(c, in.string("serviceName"));
                if (s == null) {
                    throw EcsErrors.serviceNotFound();
                }
                source = s.tasks;
                listing = "tasks/" + s.arn;
            }
            String instanceId = instanceRef == null ? null : Arns.lastPart(instanceRef, ecs.region(), "container-instance");
            Predicate<Task> keep = t -> switch (desired) {
                case "RUNNING" -> t.wanted();
                case "STOPPED" -> !t.wanted();
                default -> false;
            };
            keep = keep.and(t -> family == null || t.definition.family.equals(family))
                    .and(t -> startedBy == null || startedBy.equals(t.startedBy))
                    .and(t -> instanceRef == null || t.instance != null && t.instance.id.equals(instanceId))
                    .and(t -> launchType == null || t.launchType == launchType);
            Pages.Page<Task> page = pages.of(source, keep, in, listing, 100, 100);
            return Requests.page("taskArns", page, Task::arn);
        });
    }

    private JsonNode describe(Call call) {
        Input in = call.input();
        List<String> refs = Requests.references(in, "tasks", "taskIds", 100);
        boolean tags = Requests.include(in, Set.of("TAGS")).contains("TAGS");
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.read(() -> {
            Cluster c = ecs.cluster(in.string("cluster"));
            return Requests.describe(refs, "tasks", ref -> ecs.findTask(c, ref), t -> t.toJson(tags),
                    id -> ecs.region().arn("ecs", "task/" + c.name + "/" + id));
        });
    }

    private JsonNode run(Call call) {
        Input in = call.input();
        String definitionRef = in.requireString("taskDefinition");
        int count = in.integer("count", 1);
        if (count < 1 || count > 10) {
            throw in.invalid("count must be between 1 and 10.");
        }
        String startedBy = in.string("startedBy");
        if (startedBy != null && startedBy.length() > 128) {
            throw in.invalid("startedBy can have at most 128 characters.");
        }
        NetworkConfiguration network = NetworkConfiguration.read(in);
        Map<String, String> tags = Tags.read(in, "tags");
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.write(() -> {
            Cluster c = ecs.cluster(in.string("cluster"));
            TaskDefinition td = ecs.taskDefinitions.find(definitionRef);
            if (td == null) {
                throw EcsErrors.invalid("TaskDefinition not found.");
            }
            if (!td.active()) {
                throw EcsErrors.client("TaskDefinition is inactive.");
            }
            LaunchType launchType = LaunchType.requested(in, c);
            CapacityProviderStrategy providers = launchType == LaunchType.FARGATE ? CapacityProviderStrategy.requested(in, c) : null;
            ServiceOperations.checkPlacement(td, launchType, network);
            if (launchType == LaunchType.EC2 && c.instances.isEmpty()) {
                throw EcsErrors.invalid("No Container Instances were found in your cluster.");
            }
            JsonNode overrides = in.has("overrides") ? in.node().get("overrides").deepCopy() : td.defaultOverrides();
            ObjectNode out = Json.object();
            ArrayNode tasks = out.putArray("tasks");
            ArrayNode failures = out.putArray("failures");
            for (int i = 0; i < count; i++) {
                ContainerInstance instance = null;
                if (launchType == LaunchType.EC2) {
                    instance = Placement.instanceFor(c, td);
                    if (instance == null) {
                        String shortage = Placement.shortage(c, td);
                        failures.addObject().put("arn", c.instances.firstEntry().getValue().arn)
                                .put("reason", "RESOURCE:" + shortage.toUpperCase(Locale.ROOT));
                        continue;
                    }
                }
                Task t = ecs.lifecycle.launch(new TaskLifecycle.Launch(c, null, null, null, td, launchType, providers, network, instance,
                        startedBy, in.string("group", "family:" + td.family), overrides,
                        tags != null ? tags : "TASK_DEFINITION".equals(in.string("propagateTags")) ? Map.copyOf(td.tags) : null));
                tasks.add(t.toJson(true));
            }
            return out;
        });
    }

    private JsonNode stop(Call call) {
        Input in = call.input();
        String ref = in.requireString("task");
        String reason = in.string("reason");
        if (reason != null && reason.length() > 255) {
            throw in.invalid("reason can have at most 255 characters.");
        }
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.write(() -> {
            Cluster c = ecs.cluster(in.string("cluster"));
            Task t = ecs.findTask(c, ref);
            if (t == null) {
                throw EcsErrors.invalid("The referenced task was not found.");
            }
            ecs.lifecycle.stop(t, StopCode.USER_INITIATED, reason == null || reason.isEmpty() ? "Task stopped by user" : reason);
            ObjectNode out = Json.object();
            out.set("task", t.toJson(true));
            return out;
        });
    }
}
