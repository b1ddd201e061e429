package dev.berth.sandbox.elb;

import dev.berth.sandbox.wire.AwsException;
import dev.berth.sandbox.wire.Input;

/** How a target group checks its targets, with ELB's defaults for what CreateTargetGroup leaves out. */
record HealthCheck(String protocol, String port, String path, int intervalSeconds, int timeoutSeconds,
                   int healthyThreshold, int unhealthyThreshold, String matcher) {

    /** Reads the {@code HealthCheck*} members of a CreateTargetGroup request. */
    static HealthCheck read(Input in, String protocol) {
        boolean http = protocol.startsWith("HTTP");
        String checkProtocol = in.string("HealthCheckProtocol", http ? protocol : "TCP");
        int interval = in.integer("HealthCheckIntervalSeconds", http ? 30 : 30);
        int timeout = in.integer("HealthCheckTimeoutSeconds", http ? 5 : 10);
        int healthy = in.integer("HealthyThresholdCount", 5);
        int unhealthy = in.integer("UnhealthyThresholdCount", http ? 2 : 2);
        if (interval < 5 || interval > 300) {
            throw invalid("Health check interval must be between 5 and 300 seconds");
        }
        if (timeout < 2 || timeout > 120 || timeout >= interval) {
            throw invalid("Health check timeout must be between 2 and 120 seconds and smaller than the interval");
        }
        if (healthy < 2 || healthy > 10 || unhealthy < 2 || unhealthy > 10) {
            throw invalid("Health check threshold counts must be between 2 and 10");
        }
        String path = checkProtocol.startsWith("HTTP") ? in.string("HealthCheckPath", "/") : null;
        if (path != null && !path.startsWith("/")) {
            throw invalid("Health check path must begin with a '/' character");
        }
        String matcher = checkProtocol.startsWith("HTTP") ? in.object("Matcher").string("HttpCode", "200") : null;
        return new HealthCheck(checkProtocol, in.string("HealthCheckPort", "traffic-port"), path, interval, timeout, healthy,
                unhealthy, matcher);
    }

    private static AwsException invalid(String message) {
        return AwsException.client("ValidationError", message);
    }
}
