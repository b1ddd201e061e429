package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.wire.Input;
import java.util.ArrayList;
import java.util.List;

/**
 * The load balancer target groups and Cloud Map registries a service (or a task set) puts its tasks
 * in, as {@code loadBalancers} and {@code serviceRegistries} name them.
 */
record ServiceLinks(List<TargetGroup> targetGroups, List<Registry> registries) {
    static final ServiceLinks NONE = new ServiceLinks(List.of(), List.of());

    /** One {@code loadBalancers} entry: the task's container port goes into the target group. */
    record TargetGroup(String arn, String containerName, int containerPort) {
    }

    /** One {@code serviceRegistries} entry; the port (or container port) goes into SRV records. */
    record Registry(String arn, String containerName, Integer containerPort, Integer port) {
    }

    ServiceLinks {
        targetGroups = List.copyOf(targetGroups);
        registries = List.copyOf(registries);
    }

    boolean balanced() {
        return !targetGroups.isEmpty();
    }

    /**
     * Reads and checks the request's entries against the revision and the region's load balancers
     * and registries (as ECS does before it creates anything); {@code fallback} when the request has none.
     */
    static ServiceLinks read(Input in, TaskDefinition td, EcsState ecs, ServiceLinks fallback) {
        if (!in.has("loadBalancers") && !in.has("serviceRegistries")) {
            return fallback;
        }
        List<TargetGroup> groups = new ArrayList<>();
        for (Input lb : in.list("loadBalancers")) {
            if (lb.has("loadBalancerName")) {
                throw EcsErrors.invalid("The sandbox simulates Application and Network Load Balancers only: use targetGroupArn.");
            }
            String arn = lb.requireString("targetGroupArn");
            String container = lb.requireString("containerName");
            Integer port = lb.integer("containerPort");
            if (port == null) {
                throw EcsErrors.invalid("containerPort is required for each load balancer.");
            }
            checkContainerPort(td, container, port);
            String refusal = ecs.targetGroups().refusal(arn, td == null || td.awsvpc());
            if (refusal != null) {
                throw EcsErrors.invalid(refusal);
            }
            groups.add(new TargetGroup(arn, container, port));
        }
        List<Registry> registries = new ArrayList<>();
        for (Input r : in.list("serviceRegistries")) {
            String arn = r.requireString("registryArn");
            String container = r.string("containerName");
            Integer containerPort = r.integer("containerPort");
            Integer port = r.integer("port");
            if (container != null && containerPort != null) {
                checkContainerPort(td, container, containerPort);
            }
            String refusal = ecs.registries().refusal(arn, port != null || containerPort != null);
            if (refusal != null) {
                throw EcsErrors.invalid(refusal);
            }
            registries.add(new Registry(arn, container, containerPort, port));
        }
        if (registries.size() > 1) {
            throw EcsErrors.invalid("A service can have at most one service registry.");
        }
        return new ServiceLinks(groups, registries);
    }

    private static void checkContainerPort(TaskDefinition td, String container, int port) {
        if (td == null) {
            return;
        }
        ContainerSpec spec = td.container(container);
        if (spec == null) {
            throw EcsErrors.invalid("The container " + container + " does not exist in the task definition.");
        }
        if (spec.ports().stream().noneMatch(p -> p.containerPort() == port)) {
            throw EcsErrors.invalid("The container " + container + " did not have a container port " + port + " defined.");
        }
    }

    ArrayNode loadBalancersJson() {
        ArrayNode out = Json.array();
        for (TargetGroup g : targetGroups) {
            out.addObject().put("targetGroupArn", g.arn()).put("containerName", g.containerName())
                    .put("containerPort", g.containerPort());
        }
        return out;
    }

    ArrayNode registriesJson() {
        ArrayNode out = Json.array();
        for (Registry r : registries) {
            ObjectNode entry = out.addObject().put("registryArn", r.arn());
            if (r.port() != null) {
                entry.put("port", r.port());
            }
            if (r.containerName() != null) {
                entry.put("containerName", r.containerName());
            }
            if (r.containerPort() != null) {
                entry.put("containerPort", r.containerPort());
            }
        }
        return out;
    }
}
