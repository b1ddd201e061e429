package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.AwsException;
import dev.berth.sandbox.wire.Call;
import dev.berth.sandbox.wire.Input;
import dev.berth.sandbox.wire.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** TagResource, UntagResource, ListTagsForResource on clusters, services, tasks, task definitions and container instances. */
final class TagOperations {
    private final World world;

    TagOperations(World world) {
        this.world = world;
    }

    void register(Map<String, Operation> ops) {
        ops.put("TagResource", this::tag);
        ops.put("UntagResource", this::untag);
        ops.put("ListTagsForResource", this::list);
    }

    private JsonNode tag(Call call) {
        Input in = call.input();
        String arn = in.requireString("resourceArn");
        Map<String, String> tags = Tags.read(in, "tags");
        if (tags == null || tags.isEmpty()) {
            throw in.invalid("Tags cannot be empty.");
        }
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.write(() -> {
            Map<String, String> current = tagsOf(ecs, arn);
            Map<String, String> merged = new LinkedHashMap<>(current);
            merged.putAll(tags);
            if (merged.size() > Tags.MAX_TAGS) {
                throw in.invalid("A resource can have at most " + Tags.MAX_TAGS + " tags.");
            }
            current.putAll(tags);
            return Json.object();
        });
    }

    private JsonNode untag(Call call) {
        Input in = call.input();
        String arn = in.requireString("resourceArn");
        List<String> keys = in.strings("tagKeys");
        if (keys.isEmpty()) {
            throw in.invalid("tagKeys cannot be empty.");
        }
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.write(() -> {
            tagsOf(ecs, arn).keySet().removeAll(keys);
            return Json.object();
        });
    }

    private JsonNode list(Call call) {
        String arn = call.input().requireString("resourceArn");
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.read(() -> {
            ObjectNode out = Json.object();
            out.set("tags", Tags.toJson(tagsOf(ecs, arn)));
            return out;
        });
    }

    /** The live, mutable tag map of the resource an ARN names. */
    private static Map<String, String> tagsOf(EcsState ecs, String arn) {
        String resource = Arns.resource(arn, ecs.region());
        if (resource == null || !arn.startsWith("arn:")) {
            throw EcsErrors.invalid("Invalid resource ARN: " + arn);
        }
        String[] parts = resource.split("/");
        String type = parts[0];
        if (type.equals("task-definition")) {
            TaskDefinition td = parts.length == 2 ? ecs.taskDefinitions.find(arn) : null;
            if (td == null) {
                throw notFound();
            }
            return td.tags;
        }
        if (parts.length < 2) {
            throw EcsErrors.invalid("Invalid resource ARN: " + arn);
        }
        Cluster c = ecs.findCluster(parts[1]);
        if (c == null || !c.active()) {
            throw EcsErrors.clusterNotFound();
        }
        switch (type) {
            case "cluster" -> {
                return c.tags;
            }
            case "service" -> {
                EcsService s = parts.length == 3 ? c.services.get(parts[2]) : null;
                if (s == null) {
                    throw notFound();
                }
                if (s.tags == null) {
                    s.tags = new LinkedHashMap<>();
                }
                return s.tags;
            }
            case "task" -> {
                Task t = parts.length == 3 ? c.tasks.get(parts[2]) : null;
                if (t == null) {
                    throw notFound();
                }
                if (t.tags == null) {
                    t.tags = new LinkedHashMap<>();
                }
                return t.tags;
            }
            case "container-instance" -> {
                ContainerInstance i = parts.length == 3 ? c.instances.get(parts[2]) : null;
                if (i == null) {
                    throw notFound();
                }
                if (i.tags == null) {
                    i.tags = new LinkedHashMap<>();
                }
                return i.tags;
            }
            default -> throw EcsErrors.invalid("Resources of type " + type + " cannot be tagged.");
        }
    }

    private static AwsException notFound() {
        return AwsException.client("ResourceNotFoundException", "The specified resource wasn't found.");
    }
}
