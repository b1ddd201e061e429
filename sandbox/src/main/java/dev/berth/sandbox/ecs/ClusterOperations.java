package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.AwsException;
import dev.berth.sandbox.wire.Call;
import dev.berth.sandbox.wire.Input;
import dev.berth.sandbox.wire.Operation;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** CreateCluster, DeleteCluster, ListClusters, DescribeClusters. */
final class ClusterOperations {
    private static final Set<String> INCLUDE = Set.of("ATTACHMENTS", "CONFIGURATIONS", "SETTINGS", "STATISTICS", "TAGS");
    private final World world;
    private final Pages pages;

    ClusterOperations(World world, Pages pages) {
        this.world = world;
        this.pages = pages;
    }

    void register(Map<String, Operation> ops) {
        ops.put("CreateCluster", this::create);
        ops.put("DeleteCluster", this::delete);
        ops.put("ListClusters", this::list);
        ops.put("DescribeClusters", this::describe);
    }

    private JsonNode create(Call call) {
        Input in = call.input();
        String name = in.string("clusterName", "default");
        Requests.checkName(name, "Cluster name");
        Map<String, String> tags = Tags.read(in, "tags");
        String insights = "disabled";
        for (Input setting : in.list("settings")) {
            if (!"containerInsights".equals(setting.string("name"))) {
                throw in.invalid("Cluster setting name must be containerInsights.");
            }
            insights = setting.string("value", "disabled");
            if (!Set.of("enabled", "disabled", "enhanced").contains(insights)) {
                throw in.invalid("containerInsights must be enabled, enhanced or disabled.");
            }
        }
        List<String> providers = in.strings("capacityProviders");
        JsonNode strategy = in.has("defaultCapacityProviderStrategy")
                ? in.node().get("defaultCapacityProviderStrategy").deepCopy() : Json.array();
        JsonNode configuration = in.has("configuration") ? in.node().get("configuration").deepCopy() : null;
        String containerInsights = insights;
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.write(() -> {
            Cluster existing = ecs.clusters.get(name);
            if (existing != null && existing.active()) {
                return answer(existing);
            }
            Cluster c = new Cluster(name, ecs.region());
            if (tags != null) {
                c.tags.putAll(tags);
            }
            c.containerInsights = containerInsights;
            c.capacityProviders = List.copyOf(providers);
            c.defaultCapacityProviderStrategy = strategy;
            c.configuration = configuration;
            ecs.clusters.put(name, c);
            return answer(c);
        });
    }

    private JsonNode delete(Call call) {
        String ref = call.input().requireString("cluster");
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.write(() -> {
            Cluster c = ecs.cluster(ref);
            if (c.services.values().stream().anyMatch(s -> !s.status.equals("INACTIVE"))) {
                throw AwsException.client("ClusterContainsServicesException",
                        "The Cluster cannot be deleted while Services are active.");
            }
            if (!c.instances.isEmpty()) {
                throw AwsException.client("ClusterContainsContainerInstancesException",
                        "The Cluster cannot be deleted while Container Instances are active or draining.");
            }
            if (c.hasLiveTasks()) {
                throw AwsException.client("ClusterContainsTasksException", "The Cluster cannot be deleted while Tasks are active.");
            }
            c.status = "INACTIVE";
            return answer(c);
        });
    }

    private JsonNode list(Call call) {
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.read(() -> {
            Pages.Page<Cluster> page = pages.of(ecs.clusters, Cluster::active, call.input(), "clusters", 100, 100);
            return Requests.page("clusterArns", page, c -> c.arn);
        });
    }

    private JsonNode describe(Call call) {
        Input in = call.input();
        List<String> named = in.strings("clusters");
        List<String> refs = named.isEmpty() ? List.of("default") : named;
        if (refs.size() > 100) {
            throw in.invalid("clusters can have at most 100 items.");
        }
        Set<String> include = Requests.include(in, INCLUDE);
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.read(() -> Requests.describe(refs, "clusters", ecs::findCluster, c -> c.toJson(include),
                name -> ecs.region().arn("ecs", "cluster/" + name)));
    }

    private static ObjectNode answer(Cluster c) {
        ObjectNode out = Json.object();
        out.set("cluster", c.toJson(Set.of("SETTINGS", "TAGS")));
        return out;
    }
}
