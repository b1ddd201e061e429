package dev.berth.core.model;

import java.util.List;
import java.util.Map;

/**
 * A container of a task definition. {@code secrets} holds names and value sources only, never
 * values; the awslogs options say where the container's logs go.
 */
public record ContainerDefinition(
        String name,
        String image,
        Integer cpu,
        Integer memory,
        boolean essential,
        Map<String, String> environment,
        Map<String, String> secrets,
        AwsLogs awsLogs) {

    public ContainerDefinition {
        Checks.require(name, "name");
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        secrets = secrets == null ? Map.of() : Map.copyOf(secrets);
    }

    /** The awslogs driver options; streams are named {@code streamPrefix/container/taskId}. */
    public record AwsLogs(String group, String region, String streamPrefix) {
        public String streamFor(String containerName, String taskId) {
            return (streamPrefix == null || streamPrefix.isEmpty() ? "" : streamPrefix + "/") + containerName + "/" + taskId;
        }
    }

    public List<String> environmentNames() {
        return List.copyOf(environment.keySet());
    }
}
