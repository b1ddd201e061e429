package dev.berth.core.model;

import java.time.Instant;
import java.util.List;

/**
 * A task definition revision. {@code json} is the whole definition as AWS returned it (pretty
 * JSON), for the raw view and for diffs between revisions.
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
        String json) {

    public TaskDefinition {
        Checks.require(ref, "ref");
        compatibilities = Checks.list(compatibilities);
        containers = Checks.list(containers);
    }
}
