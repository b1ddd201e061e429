package dev.berth.sandbox.knobs;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Test and benchmark knobs that change how the front door answers: added latency, AWS-like rate
 * limits, and injected faults. Changed at runtime through {@code /_sandbox/knobs}.
 */
public final class Knobs {
    private volatile int latencyMillis;
    private volatile boolean rateLimits;
    private volatile double throttleRate;
    private volatile double serverErrorRate;
    private volatile double resetRate;

    public Knobs(int latencyMillis, boolean rateLimits, double throttleRate, double serverErrorRate, double resetRate) {
        setLatencyMillis(latencyMillis);
        this.rateLimits = rateLimits;
        setThrottleRate(throttleRate);
        setServerErrorRate(serverErrorRate);
        setResetRate(resetRate);
    }

    public int latencyMillis() {
        return latencyMillis;
    }

    public void setLatencyMillis(int ms) {
        if (ms < 0 || ms > 60_000) {
            throw new IllegalArgumentException("latency must be 0..60000 ms, got " + ms);
        }
        latencyMillis = ms;
    }

    public boolean rateLimits() {
        return rateLimits;
    }

    public void setRateLimits(boolean on) {
        rateLimits = on;
    }

    public double throttleRate() {
        return throttleRate;
    }

    public void setThrottleRate(double rate) {
        throttleRate = checkRate("throttle rate", rate);
    }

    public double serverErrorRate() {
        return serverErrorRate;
    }

    public void setServerErrorRate(double rate) {
        serverErrorRate = checkRate("server error rate", rate);
    }

    public double resetRate() {
        return resetRate;
    }

    public void setResetRate(double rate) {
        resetRate = checkRate("reset rate", rate);
    }

    /** Which injected fault, if any, this request gets. */
    public Fault draw() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        if (resetRate > 0 && r.nextDouble() < resetRate) {
            return Fault.RESET;
        }
        if (serverErrorRate > 0 && r.nextDouble() < serverErrorRate) {
            return Fault.SERVER_ERROR;
        }
        if (throttleRate > 0 && r.nextDouble() < throttleRate) {
            return Fault.THROTTLE;
        }
        return Fault.NONE;
    }

    private static double checkRate(String what, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(what + " must be between 0 and 1, got " + rate);
        }
        return rate;
    }

    public enum Fault { NONE, THROTTLE, SERVER_ERROR, RESET }
}
