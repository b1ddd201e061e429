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
            return found(parts.length == 2 ? ecs.taskDefinitions.find(arn) : null).tags;
        }
        if (parts.length < 2) {
            throw EcsErrors.invalid("Invalid resource ARN: " + arn);
        }
        Cluster c = ecs.findCluster(parts[1]);
        if (c == null || !c.active()) {
            throw EcsErrors.clusterNotFound();
        }
        return switch (type) {
            case "cluster" -> c.tags;
            case "service" -> found(parts.length == 3 ? c.services.get(parts[2]) : null).tags;
            case "container-instance" -> found(parts.length == 3 ? c.instances.get(parts[2]) : null).tags;
            case "task" -> {
                // Tasks share immutable (propagated) tags or none until tagged themselves: 50,000 maps
                // of their own would be memory for nothing.
                Task t = found(parts.length == 3 ? c.tasks.get(parts[2]) : null);
                t.tags = t.tags == null ? new LinkedHashMap<>() : new LinkedHashMap<>(t.tags);
                yield t.tags;
            }
            default -> throw EcsErrors.invalid("Resources of type " + type + " cannot be tagged.");
        };
    }

    private static <T> T found(T resource) {
        if (resource == null) {
            throw notFound();
        }
        return resource;
    }

    private static AwsException notFound() {
        return AwsException.client("ResourceNotFoundException", "The specified resource wasn't found.");
    }
}
