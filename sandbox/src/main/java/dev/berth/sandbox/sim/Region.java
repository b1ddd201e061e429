package dev.berth.sandbox.sim;

import dev.berth.sandbox.discovery.CloudMapState;
import dev.berth.sandbox.ecs.EcsState;
import dev.berth.sandbox.elb.ElbState;
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
    private final Subnets subnets;
    private final EcsState ecs;
    private final ScalingState scaling;
    private final ElbState elb;
    private final CloudMapState discovery;

    Region(String name, World world) {
        this.name = name;
        this.world = world;
        this.subnets = new Subnets(name);
        this.ecs = new EcsState(this);
        this.scaling = new ScalingState(this);
        this.elb = new ElbState(this);
        this.discovery = new CloudMapState(this);
        ecs.connect(elb, discovery);
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

    /** Which availability zone each subnet is in, shared by ECS and the load balancers. */
    public Subnets subnets() {
        return subnets;
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

    /** This region's load balancers, listeners and target groups. */
    public ElbState elb() {
        return elb;
    }

    /** This region's Cloud Map namespaces, services and instances. */
    public CloudMapState discovery() {
        return discovery;
    }

    void tick(Instant now) {
        ecs.tick(now.toEpochMilli());
        metrics.evaluateAlarms(now);
    }
}
