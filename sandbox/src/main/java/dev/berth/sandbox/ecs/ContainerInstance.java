package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An EC2 instance registered in a cluster: its capacity, what tasks use of it, and its agent. */
final class ContainerInstance {
    static final String AGENT_VERSION = "1.86.3";
    private static final List<String> RESERVED_PORTS = List.of("22", "2375", "2376", "51678", "51679");

    final String id;
    final String arn;
    final String ec2InstanceId;
    final String instanceType;
    final String availabilityZone;
    final int cpu;
    final int memory;
    final long registeredAt;
    final Map<String, String> tags = new LinkedHashMap<>();
    int usedCpu;
    int usedMemory;
    int runningTasks;
    int pendingTasks;
    long version = 1;
    int nextHostPort = 32768;
    /** False once the ECS agent lost its connection: its tasks run on unseen, nothing new is placed. */
    boolean agentConnected = true;

    ContainerInstance(String id, String arn, String ec2InstanceId, String instanceType, String availabilityZone, int cpu,
                      int memory, long registeredAt) {
        this.id = id;
        this.arn = arn;
        this.ec2InstanceId = ec2InstanceId;
        this.instanceType = instanceType;
        this.availabilityZone = availabilityZone;
        this.cpu = cpu;
        this.memory = memory;
        this.registeredAt = registeredAt;
    }

    boolean fits(int taskCpu, int taskMemory) {
        return usedCpu + taskCpu <= cpu && usedMemory + taskMemory <= memory;
    }

    ObjectNode toJson(boolean withTags, boolean withHealth) {
        ObjectNode out = Json.object();
        out.put("containerInstanceArn", arn);
        out.put("ec2InstanceId", ec2InstanceId);
        out.put("version", version);
        out.putObject("versionInfo").put("agentVersion", AGENT_VERSION).put("agentHash", "5c1c3cd1")
                .put("dockerVersion", "DockerVersion: 25.0.6");
        out.set("remainingResources", resources(cpu - usedCpu, memory - usedMemory));
        out.set("registeredResources", resources(cpu, memory));
        out.put("status", "ACTIVE");
        out.put("agentConnected", agentConnected);
        out.put("runningTasksCount", runningTasks);
        out.put("pendingTasksCount", pendingTasks);
        ArrayNode attributes = out.putArray("attributes");
        for (String capability : List.of("com.amazonaws.ecs.capability.logging-driver.awslogs",
                "com.amazonaws.ecs.capability.docker-remote-api.1.44", "ecs.capability.execution-role-awslogs",
                "ecs.capability.task-eni", "ecs.capability.container-health-check")) {
            attributes.addObject().put("name", capability);
        }
        attributes.addObject().put("name", "ecs.availability-zone").put("value", availabilityZone);
        attributes.addObject().put("name", "ecs.instance-type").put("value", instanceType);
        attributes.addObject().put("name", "ecs.os-type").put("value", "linux");
        attributes.addObject().put("name", "ecs.cpu-architecture").put("value", "x86_64");
        Json.time(out, "registeredAt", registeredAt);
        out.putArray("attachments");
        if (withTags) {
            out.set("tags", Tags.toJson(tags));
        }
        if (withHealth) {
            ObjectNode health = out.putObject("healthStatus");
            health.put("overallStatus", agentConnected ? "OK" : "INSUFFICIENT_DATA");
            health.putArray("details").addObject().put("type", "CONTAINER_RUNTIME").put("status", "OK")
                    .putPOJO("lastUpdated", Instant.ofEpochMilli(registeredAt))
                    .putPOJO("lastStatusChange", Instant.ofEpochMilli(registeredAt));
        }
        return out;
    }

    private static ArrayNode resources(int cpu, int memory) {
        ArrayNode out = Json.array();
        out.add(integer("CPU", cpu));
        out.add(integer("MEMORY", memory));
        ObjectNode ports = out.addObject().put("name", "PORTS").put("type", "STRINGSET").put("doubleValue", 0.0)
                .put("longValue", 0).put("integerValue", 0);
        ports.set("stringSetValue", Json.strings(RESERVED_PORTS));
        out.addObject().put("name", "PORTS_UDP").put("type", "STRINGSET").put("doubleValue", 0.0).put("longValue", 0)
                .put("integerValue", 0).putArray("stringSetValue");
        return out;
    }

    private static ObjectNode integer(String name, int value) {
        return Json.object().put("name", name).put("type", "INTEGER").put("doubleValue", 0.0).put("longValue", 0)
                .put("integerValue", value);
    }
}
