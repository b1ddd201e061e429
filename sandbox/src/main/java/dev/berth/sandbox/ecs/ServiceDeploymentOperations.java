package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.Call;
import dev.berth.sandbox.wire.Input;
import dev.berth.sandbox.wire.Operation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** ListServiceDeployments (newest first), DescribeServiceDeployments. */
final class ServiceDeploymentOperations {
    private static final Set<String> STATUSES = Set.of("PENDING", "SUCCESSFUL", "STOPPED", "STOP_REQUESTED",
            "IN_PROGRESS", "ROLLBACK_REQUESTED", "ROLLBACK_IN_PROGRESS", "ROLLBACK_SUCCESSFUL", "ROLLBACK_FAILED");
    private final World world;
    private final Pages pages;

    ServiceDeploymentOperations(World world, Pages pages) {
        this.world = world;
        this.pages = pages;
    }

    void register(Map<String, Operation> ops) {
        ops.put("ListServiceDeployments", this::list);
        ops.put("DescribeServiceDeployments", this::describe);
    }

    private JsonNode list(Call call) {
        Input in = call.input();
        String ref = in.requireString("service");
        List<String> statuses = in.strings("status");
        for (String s : statuses) {
            if (!STATUSES.contains(s)) {
                throw in.invalid("status value " + s + " is not a service deployment status.");
            }
        }
        Instant before = in.object("createdAt").instant("before");
        Instant after = in.object("createdAt").instant("after");
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.read(() -> {
            Cluster c = ecs.cluster(in.string("cluster"));
            EcsService s = ecs.findService(c, ref);
            if (s == null) {
                throw EcsErrors.serviceNotFound();
            }
            List<ServiceDeployment> newestFirst = new ArrayList<>();
            for (int i = s.serviceDeployments.size() - 1; i >= 0; i--) {
                ServiceDeployment sd = s.serviceDeployments.get(i);
                if ((statuses.isEmpty() || statuses.contains(sd.status))
                        && (before == null || sd.createdAt < before.toEpochMilli())
                        && (after == null || sd.createdAt > after.toEpochMilli())) {
                    newestFirst.add(sd);
                }
            }
            Pages.Page<ServiceDeployment> page = pages.of(newestFirst, sd -> String.format("%015d|%s", sd.createdAt, sd.arn),
                    Comparator.<String>reverseOrder(), in, "deployments/" + s.arn, 20, 100);
            ObjectNode out = Json.object();
            ArrayNode items = out.putArray("serviceDeployments");
            page.items().forEach(sd -> items.add(sd.toBriefJson()));
            if (page.nextToken() != null) {
                out.put("nextToken", page.nextToken());
            }
            return out;
        });
    }

    private JsonNode describe(Call call) {
        Input in = call.input();
        List<String> arns = Requests.references(in, "serviceDeploymentArns", "serviceDeploymentArns", 20);
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.read(() -> Requests.describe(arns, "serviceDeployments", arn -> find(ecs, arn),
                ServiceDeployment::toJson, arn -> arn));
    }

    private static ServiceDeployment find(EcsState ecs, String arn) {
        String resource = Arns.resource(arn, ecs.region());
        if (resource == null || !arn.startsWith("arn:") || !resource.startsWith("service-deployment/")) {
            return null;
        }
        String[] parts = resource.split("/");
        if (parts.length != 4) {
            return null;
        }
        Cluster c = ecs.findCluster(parts[1]);
        EcsService s = c == null ? null : c.services.get(parts[2]);
        if (s == null) {
            return null;
        }
        return s.serviceDeployments.stream().filter(sd -> sd.arn.equals(arn)).findFirst().orElse(null);
    }
}
