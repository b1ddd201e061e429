package dev.berth.sandbox.knobs;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What mutating calls reached the sandbox, newest last, bounded. Tests use it to prove that a
 * refused action made no call at all.
 */
public final class MutationAudit {
    private static final int CAPACITY = 10_000;
    private final Deque<Entry> entries = new ArrayDeque<>();

    public record Entry(Instant at, String service, String operation, String region, int status, JsonNode request) {
    }

    public synchronized void record(Entry entry) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
