package dev.berth.sandbox.scenario;

import dev.berth.sandbox.sim.Region;

/** A starting state for the sandbox's home region, built before the sandbox serves its first request. */
@FunctionalInterface
public interface Scenario {
    void build(Region region);
}
