package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.ecs.workload.Behaviour;
import dev.berth.sandbox.ecs.workload.Workload;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One revision of a task definition family: the registered JSON plus what the scheduler needs from it. */
final class TaskDefinition {
    final String family;
    final int revision;
    final String arn;
    private final ObjectNode body;
    final List<ContainerSpec> containers;
    final String networkMode;
    final List<String> compatibilities;
    final Integer cpu;
    final Integer memory;
    final long registeredAt;
    final Map<String, String> tags;
    /** The behaviour that decides the task's fate: the first essential container that is not healthy. */
    final Workload workload;
    /** Ordinary log lines a task of this revision prints per second, over all its awslogs containers. */
    final double logLinesPerSecond;
    String status = "ACTIVE";
    long deregisteredAt;
    private JsonNode defaultOverrides;

    TaskDefinition(String family, int revision, String arn, ObjectNode body, List<ContainerSpec> containers,
                   String networkMode, List<String> compatibilities, Integer cpu, Integer memory, long registeredAt,
                   Map<String, String> tags) {
        this.family = family;
        this.revision = revision;
        this.arn = arn;
        this.body = body;
        this.containers = containers;
        this.networkMode = networkMode;
        this.compatibilities = compatibilities;
        this.cpu = cpu;
        this.memory = memory;
        this.registeredAt = registeredAt;
        this.tags = new LinkedHashMap<>(tags);
        this.workload = decisiveWorkload(containers);
        this.logLinesPerSecond = containers.stream().filter(c -> c.logs() != null)
                .mapToDouble(c -> c.lines().style().linesPerSecond()).sum();
    }

    boolean active() {
        return status.equals("ACTIVE");
    }

    boolean awsvpc() {
        return "awsvpc".equals(networkMode);
    }

    /** CPU units a task of this revision reserves: the task size, else the sum of its containers. */
    int reservedCpu() {
        return cpu != null ? cpu : containers.stream().mapToInt(ContainerSpec::cpu).sum();
    }

    /** MiB a task of this revision reserves: the task size, else the sum of its containers. */
    int reservedMemory() {
        return memory != null ? memory : containers.stream().mapToInt(ContainerSpec::reservedMemory).sum();
    }

    private static Workload decisiveWorkload(List<ContainerSpec> containers) {
        return containers.stream().filter(ContainerSpec::essential).map(ContainerSpec::workload)
                .filter(w -> w.behaviour() != Behaviour.HEALTHY).findFirst()
                .orElse(containers.stream().filter(ContainerSpec::essential).map(ContainerSpec::workload)
                        .findFirst().orElse(Workload.DEFAULT));
    }

    ContainerSpec container(String name) {
        return containers.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /** The overrides a task launched without any shows: one empty entry per container. */
    JsonNode defaultOverrides() {
        if (defaultOverrides == null) {
            ObjectNode o = Json.object();
            ArrayNode containerOverrides = o.putArray("containerOverrides");
            containers.forEach(c -> containerOverrides.addObject().put("name", c.name()));
            o.putArray("inferenceAcceleratorOverrides");
            defaultOverrides = o;
        }
        return defaultOverrides;
    }

    ObjectNode toJson() {
        ObjectNode out = Json.object();
        out.put("taskDefinitionArn", arn);
        out.setAll(body);
        out.put("family", family);
        out.put("revision", revision);
        out.put("status", status);
        Json.time(out, "registeredAt", registeredAt);
        Json.time(out, "deregisteredAt", deregisteredAt);
        return out;
    }
}
