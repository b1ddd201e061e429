package dev.berth.core.limit;

import java.util.function.LongSupplier;

/**
 * A token bucket that queues callers fairly (each reservation takes the next token, even one not yet
 * refilled) and adapts to throttling: a throttle halves the rate and empties the bucket, and the rate
 * climbs back by a tenth of its ceiling per quiet second (AIMD, as TCP does).
 */
final class TokenBucket {
    /** How long after the last throttle before the rate starts to recover. */
    static final long QUIET_NANOS = 5_000_000_000L;
    private static final double MIN_RATE = 0.25;

    private final double ceiling;
    private final double burst;
    private final LongSupplier nanos;
    private double rate;
    private double tokens;
    private long last;
    private long lastThrottle = Long.MIN_VALUE;

    TokenBucket(double perSecond, double burst, LongSupplier nanos) {
        this.ceiling = perSecond;
        this.rate = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.nanos = nanos;
        this.last = nanos.getAsLong();
    }

    /** Takes a token and answers how many nanoseconds the caller must wait before using it. */
    synchronized long reserve() {
        refill();
        tokens -= 1;
        return tokens >= 0 ? 0 : (long) (-tokens / rate * 1e9);
    }

    /** AWS said "slow down": halve the rate and stop the burst. */
    synchronized void throttled() {
        refill();
        rate = Math.max(MIN_RATE, rate / 2);
        tokens = Math.min(tokens, 0);
        lastThrottle = nanos.getAsLong();
    }

    synchronized double rate() {
        refill();
        return rate;
    }

    synchronized boolean throttledWithin(long windowNanos) {
        return lastThrottle != Long.MIN_VALUE && nanos.getAsLong() - lastThrottle < windowNanos;
    }

    private void refill() {
        long now = nanos.getAsLong();
        double seconds = (now - last) / 1e9;
        last = now;
        if (rate < ceiling && lastThrottle != Long.MIN_VALUE && now - lastThrottle > QUIET_NANOS) {
            double quietSeconds = Math.min(seconds, (now - lastThrottle - QUIET_NANOS) / 1e9);
            rate = Math.min(ceiling, rate + ceiling / 10 * quietSeconds);
        }
        tokens = Math.min(burst, tokens + seconds * rate);
    }
}
