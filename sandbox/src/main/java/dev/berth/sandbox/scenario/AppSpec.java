package dev.berth.sandbox.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.wire.JsonCodec;
import java.util.Map;

/**
 * One application as the scenarios describe it: a single-container task definition with its image,
 * size, port, awslogs group and {@code sandbox.*} behaviour labels.
 *
 * @param fargate Fargate (awsvpc, task-level size) or EC2 (bridge, container memory)
 * @param port    container port, 0 for none
 */
record AppSpec(String family, String image, int cpu, int memory, int port, boolean fargate, String logGroup,
               Map<String, String> labels) {

    AppSpec withImage(String newImage, Map<String, String> newLabels) {
        return new AppSpec(family, newImage, cpu, memory, port, fargate, logGroup, newLabels);
    }

    /** The RegisterTaskDefinition request. */
    ObjectNode register(String account, String region) {
        ObjectNode req = JsonCodec.MAPPER.createObjectNode();
        req.put("family", family);
        req.put("executionRoleArn", "arn:aws:iam::" + account + ":role/ecsTaskExecutionRole");
        req.put("taskRoleArn", "arn:aws:iam::" + account + ":role/" + family + "-task");
        ObjectNode c = req.putArray("containerDefinitions").addObject();
        c.put("name", family);
        c.put("image", image);
        c.put("essential", true);
        if (fargate) {
            req.put("networkMode", "awsvpc");
            req.putArray("requiresCompatibilities").add("FARGATE");
            req.put("cpu", Integer.toString(cpu));
            req.put("memory", Integer.toString(memory));
        } else {
            req.putArray("requiresCompatibilities").add("EC2");
            c.put("cpu", cpu);
            c.put("memory", memory);
        }
        if (port > 0) {
            c.putArray("portMappings").addObject().put("name", "http").put("containerPort", port).put("protocol", "tcp");
        }
        ArrayNode env = c.putArray("environment");
        env.addObject().put("name", "SPRING_PROFILES_ACTIVE").put("value", logGroup.contains("staging") ? "staging" : "prod");
        ObjectNode log = c.putObject("logConfiguration");
        log.put("logDriver", "awslogs");
        log.putObject("options").put("awslogs-group", logGroup).put("awslogs-region", region)
                .put("awslogs-stream-prefix", "ecs").put("awslogs-create-group", "true");
        ObjectNode dockerLabels = c.putObject("dockerLabels");
        labels.forEach(dockerLabels::put);
        return req;
    }
}
