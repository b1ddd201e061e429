package dev.berth.core.model;

import java.time.Instant;
import java.util.List;

/**
 * A task definition revision. {@code json} is the whole definition as AWS returned it (pretty
 * JSON), for diffs between revisions and for a raw view a person asked to see unmasked;
 * {@code maskedJson} is the same with the values of secret-looking environment variables masked,
 * for raw views by default.
 */
public record TaskDefinition(
        TaskDefinitionRef ref,
        String status,
        String cpu,
        String memory,
        String networkMode,
        List<String> compatibilities,
        String executionRoleArn,
        String taskRoleArn,
        List<ContainerDefinition> containers,
        Instant registeredAt,
        String json,
        List<Volume> volumes,
        String maskedJson) {

    public TaskDefinition {
        Checks.require(ref, "ref");
        compatibilities = Checks.list(compatibilities);
        containers = Checks.list(containers);
        volumes = Checks.list(volumes);
    }

    /** A task definition without volumes, whose raw JSON holds nothing to mask. */
    public TaskDefinition(TaskDefinitionRef ref, String status, String cpu, String memory, String networkMode,
                          List<String> compatibilities, String executionRoleArn, String taskRoleArn,
                          List<ContainerDefinition> containers, Instant registeredAt, String json) {
        this(ref, status, cpu, memory, networkMode, compatibilities, executionRoleArn, taskRoleArn, containers, registeredAt,
                json, List.of(), json);
    }
}
