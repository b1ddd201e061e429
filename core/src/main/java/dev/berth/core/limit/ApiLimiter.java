package dev.berth.core.limit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * The request budget of one AWS account and region, shared by every watcher, tail and action of
 * the sessions on it: one {@link TokenBucket} per operation, sized by its {@link ApiCategory}, that
 * halves its rate when AWS throttles and recovers when it stops.
 */
public final class ApiLimiter {
    /** A throttle within this window makes the limiter report itself as throttled. */
    public static final Duration THROTTLE_MEMORY = Duration.ofSeconds(15);

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanos;
    private final Sleeper sleeper;
    private final CallCounter calls;

    /** How a caller waits for its token; tests replace it to stay instantaneous. */
    @FunctionalInterface
    public interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;
    }

    public ApiLimiter() {
        this(System::nanoTime, ApiLimiter::park);
    }

    public ApiLimiter(LongSupplier nanos, Sleeper sleeper) {
        this.nanos = nanos;
        this.sleeper = sleeper;
        this.calls = new CallCounter(nanos);
    }

    /**
     * Waits until {@code operation} (e.g. {@code ecs:DescribeServices}) may be called. Answers the
     * nanoseconds waited.
     */
    public long acquire(ApiCategory category, String operation) throws InterruptedException {
        long wait = bucket(category, operation).reserve();
        if (wait > 0) {
            sleeper.sleepNanos(wait);
        }
        calls.record();
        return wait;
    }

    /** AWS throttled {@code operation}: slow down that operation's budget. */
    public void throttled(ApiCategory category, String operation) {
        bucket(category, operation).throttled();
    }

    /** True while any operation was throttled within {@link #THROTTLE_MEMORY}. */
    public boolean isThrottled() {
        long window = THROTTLE_MEMORY.toNanos();
        return buckets.values().stream().anyMatch(b -> b.throttledWithin(window));
    }

    /** The current permitted rate of an operation, per second (lower than its category's while backing off). */
    public double rate(ApiCategory category, String operation) {
        return bucket(category, operation).rate();
    }

    /** Calls let through in the last minute. */
    public int callsLastMinute() {
        return calls.lastMinute();
    }

    private TokenBucket bucket(ApiCategory category, String operation) {
        return buckets.computeIfAbsent(operation, k -> new TokenBucket(category.perSecond(), category.burst(), nanos));
    }

    private static void park(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }
}
