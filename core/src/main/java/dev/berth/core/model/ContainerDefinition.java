package dev.berth.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A container of a task definition. {@code secrets} holds names and value sources only, never
 * values; {@code environment} holds plain values, of which those whose names look secret are
 * shown masked ({@link #maskedEnvironment()}) until a person asks for one ({@link #reveal}). The
 * awslogs options say where the container's logs go; mount points where its volumes appear.
 */
public record ContainerDefinition(
        String name,
        String image,
        Integer cpu,
        Integer memory,
        boolean essential,
        Map<String, String> environment,
        Map<String, String> secrets,
        AwsLogs awsLogs,
        List<MountPoint> mountPoints) {

    public ContainerDefinition {
        Checks.require(name, "name");
        environment = environment == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        secrets = secrets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(secrets));
        mountPoints = Checks.list(mountPoints);
    }

    /** A container definition without mount points. */
    public ContainerDefinition(String name, String image, Integer cpu, Integer memory, boolean essential,
                               Map<String, String> environment, Map<String, String> secrets, AwsLogs awsLogs) {
        this(name, image, cpu, memory, essential, environment, secrets, awsLogs, List.of());
    }

    /** The environment as it should first be shown: values of secret-looking names masked. */
    public Map<String, String> maskedEnvironment() {
        return SecretNames.mask(environment);
    }

    /** Names in the environment that look like they hold secrets (their values are masked until revealed). */
    public List<String> secretLookingNames() {
        return environment.keySet().stream().filter(SecretNames::looksSecret).toList();
    }

    /** The plain value of one environment variable, for when a person asks to see it; null when absent. */
    public String reveal(String variable) {
        return environment.get(variable);
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
