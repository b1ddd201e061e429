package dev.berth.core.logs;

import java.time.Duration;

/**
 * How late events arrive (ingestion time minus event time) over the recent past: the maximum sets
 * how far back polls must overlap and how long lines are held for ordering.
 * Old observations decay so one freak event does not slow the tail forever.
 */
final class LatenessWindow {
    private static final int SIZE = 2048;
    /** CloudWatch delivers most events within a couple of seconds; assume that until the data says otherwise. */
    static final Duration WARM_UP_HOLDBACK = Duration.ofSeconds(2);
    static final int WARM_UP_SAMPLES = 500;
    private final long[] samples = new long[SIZE];
    private int count;
    private int next;

    void observe(long latenessMillis) {
        samples[next] = Math.max(0, latenessMillis);
        next = (next + 1) % SIZE;
        count = Math.min(SIZE, count + 1);
    }

    /**
     * How long to hold lines back: the worst lateness seen, but at least {@link #WARM_UP_HOLDBACK}
     * until enough events have been seen to trust the observation.
     */
    Duration holdback() {
        Duration seen = maxLateness();
        return count < WARM_UP_SAMPLES && seen.compareTo(WARM_UP_HOLDBACK) < 0 ? WARM_UP_HOLDBACK : seen;
    }

    Duration maxLateness() {
        long max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, samples[i]);
        }
        return Duration.ofMillis(max);
    }
}
