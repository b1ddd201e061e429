package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.Call;
import dev.berth.sandbox.wire.Input;
import dev.berth.sandbox.wire.Operation;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** ListContainerInstances, DescribeContainerInstances. */
final class ContainerInstanceOperations {
    private final World world;
    private final Pages pages;

    ContainerInstanceOperations(World world, Pages pages) {
        this.world = world;
        this.pages = pages;
    }

    void register(Map<String, Operation> ops) {
        ops.put("ListContainerInstances", this::list);
        ops.put("DescribeContainerInstances", this::describe);
    }

    private JsonNode list(Call call) {
        Input in = call.input();
        String filter = in.string("filter");
        if (filter != null && !filter.isBlank()) {
            throw in.invalid("The sandbox does not evaluate cluster query language filters; list without filter.");
        }
        String status = in.string("status", "ACTIVE");
        if (!Set.of("ACTIVE", "DRAINING", "REGISTERING", "DEREGISTERING", "REGISTRATION_FAILED").contains(status)) {
            throw in.invalid("status is not a valid container instance status: " + status);
        }
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.read(() -> {
            Cluster c = ecs.cluster(in.string("cluster"));
            Pages.Page<ContainerInstance> page = pages.of(c.instances, i -> status.equals("ACTIVE"), in,
                    "instances/" + c.arn, 100, 100);
            return Requests.page("containerInstanceArns", page, i -> i.arn);
        });
    }

    private JsonNode describe(Call call) {
        Input in = call.input();
        List<String> refs = Requests.references(in, "containerInstances", "instanceIds", 100);
        Set<String> include = Requests.include(in, Set.of("TAGS", "CONTAINER_INSTANCE_HEALTH"));
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.read(() -> {
            Cluster c = ecs.cluster(in.string("cluster"));
            return Requests.describe(refs, "containerInstances", ref -> {
                String id = Arns.lastPart(ref, ecs.region(), "container-instance");
                return id == null ? null : c.instances.get(id);
            }, i -> i.toJson(include.contains("TAGS"), include.contains("CONTAINER_INSTANCE_HEALTH")),
                    id -> ecs.region().arn("ecs", "container-instance/" + c.name + "/" + id));
        });
    }
}
