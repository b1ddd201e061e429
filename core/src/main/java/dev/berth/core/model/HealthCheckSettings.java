package dev.berth.core.model;

/**
 * How a target group checks its targets: where (protocol, port, path), how often, and how many
 * checks in a row make a target healthy or unhealthy.
 *
 * @param port    a port number, or {@code traffic-port} (the port each target receives traffic on)
 * @param path    the HTTP path, null for TCP checks
 * @param matcher the HTTP codes counted as success ({@code 200}, {@code 200-299}), null for TCP checks
 */
public record HealthCheckSettings(String protocol, String port, String path, int intervalSeconds, int timeoutSeconds,
                                  int healthyThreshold, int unhealthyThreshold, String matcher) {
}
