package dev.berth.sandbox.sim;

import dev.berth.sandbox.ecs.EcsState;
import dev.berth.sandbox.ecs.Ids;
import java.util.function.Supplier;

/**
 * The state of an AWS service of a region that lives on ECS's lock and timeline (Application Auto
 * Scaling, ELB, Cloud Map): each acts on ECS services or follows their tasks, and one lock keeps
 * them consistent with each other. Ids are drawn from the seed, salted per service.
 */
public abstract class RegionState {
    private final Region region;
    private final Ids ids;

    protected RegionState(Region region, long salt) {
        this.region = region;
        this.ids = new Ids(region.world().options().seed() * salt + region.name().hashCode());
    }

    public Region region() {
        return region;
    }

    public EcsState ecs() {
        return region.ecs();
    }

    /** Ids in AWS's formats; use under the lock. */
    public Ids ids() {
        return ids;
    }

    public <T> T read(Supplier<T> body) {
        return region.ecs().read(body);
    }

    public <T> T write(Supplier<T> body) {
        return region.ecs().write(body);
    }
}
