package dev.berth.sandbox.sim;

import dev.berth.sandbox.ecs.EcsState;
import dev.berth.sandbox.logs.LogStore;
import dev.berth.sandbox.metrics.MetricStore;
import dev.berth.sandbox.scaling.ScalingState;
import java.time.Instant;

/** One region of the simulated account: its services' state, all moved by {@link #tick}. */
public final class Region {
    private final String name;
    private final World world;
    private final LogStore logs = new LogStore();
    private final MetricStore metrics = new MetricStore();
    private final EcsState ecs;
    private final ScalingState scaling;

    Region(String name, World world) {
        this.name = name;
        this.world = world;
        this.ecs = new EcsState(this);
        this.scaling = new ScalingState(this);
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

    /** This region's ECS account and control plane. */
    public EcsState ecs() {
        return ecs;
    }

    /** This region's Application Auto Scaling targets and policies. */
    public ScalingState scaling() {
        return scaling;
    }

    void tick(Instant now) {
        ecs.tick(now.toEpochMilli());
        metrics.evaluateAlarms(now);
    }
}
