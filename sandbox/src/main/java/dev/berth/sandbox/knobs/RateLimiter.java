package dev.berth.sandbox.knobs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AWS-like token buckets per region and operation. Sizes follow the documented ECS and CloudWatch
 * Logs request throttles: describe/list calls refill about 20 per second with a burst of 50,
 * mutations 1 per second with a burst of 10 (ECS "write" APIs are slower still in practice),
 * FilterLogEvents 5 per second.
 */
public final class RateLimiter {
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public record Limit(double perSecond, double burst) {
    }

    public static Limit limitFor(String service, String operation, boolean mutating) {
        if (operation.equals("FilterLogEvents") || operation.equals("GetLogEvents")) {
            return new Limit(5, 10);
        }
        if (mutating) {
            return new Limit(1, 10);
        }
        if (service.equals("monitoring")) {
            return new Limit(50, 100);
        }
        return new Limit(20, 50);
    }

    /** Takes a token; false means the caller should be throttled. */
    public boolean tryAcquire(String region, String service, String operation, boolean mutating) {
        Bucket bucket = buckets.computeIfAbsent(region + "/" + service + ":" + operation,
                k -> new Bucket(limitFor(service, operation, mutating)));
        return bucket.tryTake();
    }

    private static final class Bucket {
        private final Limit limit;
        private double tokens;
        private long last = System.nanoTime();

        Bucket(Limit limit) {
            this.limit = limit;
            this.tokens = limit.burst();
        }

        synchronized boolean tryTake() {
            long now = System.nanoTime();
            tokens = Math.min(limit.burst(), tokens + (now - last) / 1e9 * limit.perSecond());
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
