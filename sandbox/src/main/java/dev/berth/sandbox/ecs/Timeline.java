package dev.berth.sandbox.ecs;

import java.util.PriorityQueue;

/**
 * Future transitions of the control plane in time order. The tick only looks at what is due, so a
 * region with 50,000 quiet tasks costs nothing per tick. Entries at the same time run in the order
 * they were scheduled, which keeps a seeded story repeatable.
 */
final class Timeline {
    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private long seq;

    record Entry(long at, long seq, Runnable action) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            return at != o.at ? Long.compare(at, o.at) : Long.compare(seq, o.seq);
        }
    }

    void at(long at, Runnable action) {
        queue.add(new Entry(at, seq++, action));
    }

    /** When the next entry is due, or {@link Long#MAX_VALUE} when nothing is scheduled. */
    long nextAt() {
        Entry head = queue.peek();
        return head == null ? Long.MAX_VALUE : head.at();
    }

    /** The next entry due at or before {@code until}, removed from the queue, or null. */
    Entry pollDue(long until) {
        Entry head = queue.peek();
        return head != null && head.at() <= until ? queue.poll() : null;
    }
}
