package dev.berth.core.limit;

import java.util.function.LongSupplier;

/** Counts events over the last minute in one-second slots, for the "calls/min" in the header. */
final class CallCounter {
    private static final int SLOTS = 60;
    private final long[] counts = new long[SLOTS];
    private final long[] slotSecond = new long[SLOTS];
    private final LongSupplier nanos;

    CallCounter(LongSupplier nanos) {
        this.nanos = nanos;
    }

    synchronized void record() {
        long second = nanos.getAsLong() / 1_000_000_000L;
        int i = (int) Math.floorMod(second, (long) SLOTS);
        if (slotSecond[i] != second) {
            slotSecond[i] = second;
            counts[i] = 0;
        }
        counts[i]++;
    }

    synchronized int lastMinute() {
        long second = nanos.getAsLong() / 1_000_000_000L;
        long sum = 0;
        for (int i = 0; i < SLOTS; i++) {
            if (second - slotSecond[i] < SLOTS) {
                sum += counts[i];
            }
        }
        return (int) sum;
    }
}
