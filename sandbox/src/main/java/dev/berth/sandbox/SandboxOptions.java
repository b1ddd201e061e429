package dev.berth.sandbox;

import java.time.Instant;

/**
 * How to start a sandbox. {@link #defaults()} gives the embedded demo: loopback, an ephemeral port,
 * the {@code demo} scenario at real-time speed.
 *
 * @param host            interface to listen on (127.0.0.1 unless told otherwise)
 * @param port            TCP port, 0 for an ephemeral one
 * @param scenario        {@code demo}, {@code empty} or {@code sized}
 * @param seed            makes ids, crashes and log lines repeatable
 * @param speed           sandbox seconds per real second
 * @param start           sandbox time at start
 * @param region          region the scenario is created in
 * @param account         the account id every ARN carries
 * @param size            clusters × services × tasks for the {@code sized} scenario
 * @param latencyMillis   added to every answer
 * @param rateLimits      AWS-like token buckets per operation
 * @param throttleRate    share of requests answered with a throttling error
 * @param serverErrorRate share answered with a 500/503
 * @param resetRate       share whose connection is dropped without an answer
 */
public record SandboxOptions(
        String host,
        int port,
        String scenario,
        long seed,
        double speed,
        Instant start,
        String region,
        String account,
        Size size,
        int latencyMillis,
        boolean rateLimits,
        double throttleRate,
        double serverErrorRate,
        double resetRate) {

    /** Clusters × services per cluster × tasks per service, for the sized scenario. */
    public record Size(int clusters, int servicesPerCluster, int tasksPerService) {
        public Size {
            if (clusters < 0 || servicesPerCluster < 0 || tasksPerService < 0) {
                throw new IllegalArgumentException("size parts must not be negative");
            }
        }

        /** Parses {@code 2x2500x10}. */
        public static Size parse(String text) {
            String[] parts = text.toLowerCase(java.util.Locale.ROOT).split("x");
            if (parts.length != 3) {
                throw new IllegalArgumentException("size must look like CLUSTERSxSERVICESxTASKS, e.g. 1x2000x3; got '" + text + "'");
            }
            try {
                return new Size(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("size must look like CLUSTERSxSERVICESxTASKS, e.g. 1x2000x3; got '" + text + "'");
            }
        }
    }

    public SandboxOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (!(speed > 0 && speed <= 10_000)) {
            throw new IllegalArgumentException("speed must be in (0, 10000], got " + speed);
        }
        if (account == null || !account.matches("\\d{12}")) {
            throw new IllegalArgumentException("account must be 12 digits, got " + account);
        }
        if (host == null || host.isBlank() || region == null || region.isBlank() || scenario == null) {
            throw new IllegalArgumentException("host, region and scenario are required");
        }
    }

    public static SandboxOptions defaults() {
        return new SandboxOptions("127.0.0.1", 0, "demo", 42L, 1.0, Instant.now(), "us-east-1", "123456789012",
                new Size(1, 20, 3), 0, false, 0, 0, 0);
    }

    public SandboxOptions withHost(String v) {
        return new SandboxOptions(v, port, scenario, seed, speed, start, region, account, size, latencyMillis, rateLimits, throttleRate, serverErrorRate, resetRate);
    }

    public SandboxOptions withPort(int v) {
        return new SandboxOptions(host, v, scenario, seed, speed, start, region, account, size, latencyMillis, rateLimits, throttleRate, serverErrorRate, resetRate);
    }

    public SandboxOptions withScenario(String v) {
        return new SandboxOptions(host, port, v, seed, speed, start, region, account, size, latencyMillis, rateLimits, throttleRate, serverErrorRate, resetRate);
    }

    public SandboxOptions withSeed(long v) {
        return new SandboxOptions(host, port, scenario, v, speed, start, region, account, size, latencyMillis, rateLimits, throttleRate, serverErrorRate, resetRate);
    }

    public SandboxOptions withSpeed(double v) {
        return new SandboxOptions(host, port, scenario, seed, v, start, region, account, size, latencyMillis, rateLimits, throttleRate, serverErrorRate, resetRate);
    }

    public SandboxOptions withStart(Instant v) {
        return new SandboxOptions(host, port, scenario, seed, speed, v, region, account, size, latencyMillis, rateLimits, throttleRate, serverErrorRate, resetRate);
    }

    public SandboxOptions withRegion(String v) {
        return new SandboxOptions(host, port, scenario, seed, speed, start, v, account, size, latencyMillis, rateLimits, throttleRate, serverErrorRate, resetRate);
    }

    public SandboxOptions withSize(Size v) {
        return new SandboxOptions(host, port, scenario, seed, speed, start, region, account, v, latencyMillis, rateLimits, throttleRate, serverErrorRate, resetRate);
    }

    public SandboxOptions withLatencyMillis(int v) {
        return new SandboxOptions(host, port, scenario, seed, speed, start, region, account, size, v, rateLimits, throttleRate, serverErrorRate, resetRate);
    }

    public SandboxOptions withRateLimits(boolean v) {
        return new SandboxOptions(host, port, scenario, seed, speed, start, region, account, size, latencyMillis, v, throttleRate, serverErrorRate, resetRate);
    }

    public SandboxOptions withFaults(double throttle, double serverError, double reset) {
        return new SandboxOptions(host, port, scenario, seed, speed, start, region, account, size, latencyMillis, rateLimits, throttle, serverError, reset);
    }

    public boolean loopback() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
