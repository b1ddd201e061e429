package dev.berth.sandbox.sim;

import java.time.Instant;

/**
 * The sandbox's own time. Runs at a chosen multiple of real time so tests can watch a ten-minute
 * rollout in seconds; speed can change while running without time jumping backwards.
 */
public final class SimClock {
    private Instant baseSim;
    private long baseNanos;
    private double speed;

    public SimClock(Instant start, double speed) {
        this.baseSim = start;
        this.baseNanos = System.nanoTime();
        this.speed = checkSpeed(speed);
    }

    public synchronized Instant now() {
        long elapsed = System.nanoTime() - baseNanos;
        return baseSim.plusNanos((long) (elapsed * speed));
    }

    public synchronized long nowMillis() {
        return now().toEpochMilli();
    }

    public synchronized double speed() {
        return speed;
    }

    public synchronized void setSpeed(double newSpeed) {
        Instant current = now();
        baseSim = current;
        baseNanos = System.nanoTime();
        speed = checkSpeed(newSpeed);
    }

    /** Moves sandbox time forward at once (tests: "an hour later"). */
    public synchronized void advance(java.time.Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time only moves forward");
        }
        baseSim = baseSim.plus(by);
    }

    private static double checkSpeed(double speed) {
        if (!(speed > 0 && speed <= 10_000)) {
            throw new IllegalArgumentException("speed must be in (0, 10000], got " + speed);
        }
        return speed;
    }
}
