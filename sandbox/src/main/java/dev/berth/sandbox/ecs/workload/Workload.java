package dev.berth.sandbox.ecs.workload;

import java.util.Map;

/**
 * How a simulated container behaves, read from its image and {@code dockerLabels} so that clients
 * can create faulty services through the ECS API as the scenarios do:
 * <ul>
 *   <li>{@code sandbox.behaviour}: healthy (default), crash, crash-on-start, oom, pull-error, exit</li>
 *   <li>{@code sandbox.lifetime}: seconds a crash, oom or exit container lives, {@code 30} or {@code 20-90}</li>
 *   <li>{@code sandbox.exit-code}: exit code of an {@code exit} container (default 0)</li>
 *   <li>{@code sandbox.cpu}, {@code sandbox.memory}: utilisation in percent at the service's first desired count</li>
 *   <li>{@code sandbox.cpu-wave}: relative swing of the load over time (default 0.1)</li>
 *   <li>{@code sandbox.logs}: access, json, text or none (default from the image)</li>
 *   <li>{@code sandbox.error-rate}: share of requests that fail (default 0.01)</li>
 *   <li>{@code sandbox.health-check}: how it answers load balancer health checks (see {@link HealthCheckAnswer})</li>
 * </ul>
 */
public record Workload(
        Behaviour behaviour,
        int minLifetimeSeconds,
        int maxLifetimeSeconds,
        int exitCode,
        double cpuPercent,
        double memoryPercent,
        double cpuWave,
        LogStyle logStyle,
        double errorRate,
        HealthCheckAnswer healthCheck) {

    public static final Workload DEFAULT = new Workload(Behaviour.HEALTHY, 0, 0, 0, 20, 35, 0.1, LogStyle.JSON, 0.01,
            HealthCheckAnswer.PASS);

    public Workload {
        if (minLifetimeSeconds < 0 || maxLifetimeSeconds < minLifetimeSeconds) {
            throw new IllegalArgumentException("sandbox.lifetime must be N or MIN-MAX seconds with MIN <= MAX");
        }
        if (!(cpuPercent >= 0 && cpuPercent <= 100) || !(memoryPercent >= 0 && memoryPercent <= 100)) {
            throw new IllegalArgumentException("sandbox.cpu and sandbox.memory must be percentages (0..100)");
        }
    }

    /** Reads the labels of one container definition; unknown or malformed values are refused with the reason. */
    public static Workload of(String image, Map<String, String> labels) {
        Behaviour behaviour = Behaviour.parse(labels.get("sandbox.behaviour"));
        int[] lifetime = lifetime(labels.get("sandbox.lifetime"), behaviour);
        return new Workload(behaviour, lifetime[0], lifetime[1],
                (int) number(labels, "sandbox.exit-code", behaviour == Behaviour.EXIT ? 0 : 1),
                number(labels, "sandbox.cpu", DEFAULT.cpuPercent),
                number(labels, "sandbox.memory", DEFAULT.memoryPercent),
                number(labels, "sandbox.cpu-wave", DEFAULT.cpuWave),
                LogStyle.of(labels.get("sandbox.logs"), image),
                number(labels, "sandbox.error-rate", DEFAULT.errorRate),
                HealthCheckAnswer.parse(labels.get("sandbox.health-check")));
    }

    private static int[] lifetime(String text, Behaviour behaviour) {
        if (text == null || text.isBlank()) {
            return switch (behaviour) {
                case CRASH -> new int[] {30, 120};
                case CRASH_ON_START -> new int[] {1, 4};
                case OOM -> new int[] {240, 720};
                case EXIT -> new int[] {60, 300};
                case HEALTHY, PULL_ERROR -> new int[] {0, 0};
            };
        }
        try {
            String[] parts = text.trim().split("-");
            int min = Integer.parseInt(parts[0].trim());
            int max = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : min;
            return new int[] {min, max};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("sandbox.lifetime must be N or MIN-MAX seconds, got '" + text + "'");
        }
    }

    private static double number(Map<String, String> labels, String key, double fallback) {
        String v = labels.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, got '" + v + "'");
        }
    }
}
