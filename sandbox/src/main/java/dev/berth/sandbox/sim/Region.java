package dev.berth.sandbox.sim;

import dev.berth.sandbox.logs.LogStore;
import dev.berth.sandbox.metrics.MetricStore;
import java.time.Instant;

/** One region of the simulated account: its services' state, all moved by {@link #tick}. */
public final class Region {
    private final String name;
    private final World world;
    private final LogStore logs = new LogStore();
    private final MetricStore metrics = new MetricStore();

    Region(String name, World world) {
        this.name = name;
        this.world = world;
    }

    public String name() {
        return name;
    }

    public World world() {
        return world;
    }

    public String account() {
        return world.account();
    }

    /** {@code arn:aws:SERVICE:REGION:ACCOUNT:RESOURCE} */
    public String arn(String service, String resource) {
        return "arn:aws:" + service + ":" + name + ":" + world.account() + ":" + resource;
    }

    public LogStore logs() {
        return logs;
    }

    public MetricStore metrics() {
        return metrics;
    }

    void tick(Instant now) {
        // The ECS control plane and scaling hook in here as they are built.
        metrics.evaluateAlarms(now);
    }
}
