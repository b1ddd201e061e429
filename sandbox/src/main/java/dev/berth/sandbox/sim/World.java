package dev.berth.sandbox.sim;

import dev.berth.sandbox.SandboxOptions;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole simulated account: one {@link Region} per region a client has addressed, all on one
 * clock. The scenario is built in the options' region; other regions start empty, as in AWS.
 */
public final class World {
    private final SandboxOptions options;
    private final SimClock clock;
    private final Map<String, Region> regions = new ConcurrentHashMap<>();

    public World(SandboxOptions options) {
        this.options = options;
        this.clock = new SimClock(options.start(), options.speed());
    }

    public SandboxOptions options() {
        return options;
    }

    public SimClock clock() {
        return clock;
    }

    public Instant now() {
        return clock.now();
    }

    public String account() {
        return options.account();
    }

    public Region region(String name) {
        return regions.computeIfAbsent(name, n -> new Region(n, this));
    }

    public Region home() {
        return region(options.region());
    }

    public Collection<Region> regions() {
        return List.copyOf(regions.values());
    }

    /** Moves every region's control plane up to the current sandbox time. */
    public void tick() {
        Instant now = now();
        for (Region r : regions()) {
            r.tick(now);
        }
    }
}
