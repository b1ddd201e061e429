package dev.berth.sandbox.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CloudWatch Logs data of one region: groups, streams, and events kept in timestamp order. The
 * control plane appends what running containers print; the Logs API reads and writes the same store.
 */
public final class LogStore {
    /** Per stream, older events are dropped beyond this many, to bound memory in big scenarios. */
    public static final int MAX_EVENTS_PER_STREAM = 20_000;

    private final NavigableMap<String, LogGroup> groups = new TreeMap<>();
    private final AtomicLong sequence = new AtomicLong();

    public record LogEvent(long timestamp, long ingestionTime, String message, String eventId) {
    }

    public static final class LogGroup {
        final String name;
        final long creationTime;
        final NavigableMap<String, LogStream> streams = new TreeMap<>();
        Integer retentionInDays;

        LogGroup(String name, long creationTime) {
            this.name = name;
            this.creationTime = creationTime;
        }
    }

    public static final class LogStream {
        final String name;
        final long creationTime;
        final List<LogEvent> events = new ArrayList<>();
        long lastIngestionTime;

        LogStream(String name, long creationTime) {
            this.name = name;
            this.creationTime = creationTime;
        }
    }

    /** Creates the group and stream if missing (what the awslogs driver does with awslogs-create-group). */
    public synchronized void ensureStream(String group, String stream, long nowMillis) {
        groups.computeIfAbsent(group, g -> new LogGroup(g, nowMillis))
                .streams.computeIfAbsent(stream, s -> new LogStream(s, nowMillis));
    }

    /** Appends one event that arrived at {@code ingestionTime}; keeps the stream in timestamp order. */
    public synchronized LogEvent append(String group, String stream, long timestamp, long ingestionTime, String message) {
        ensureStream(group, stream, ingestionTime);
        LogStream s = groups.get(group).streams.get(stream);
        LogEvent event = new LogEvent(timestamp, ingestionTime, message, nextEventId());
        int at = s.events.size();
        while (at > 0 && s.events.get(at - 1).timestamp() > timestamp) {
            at--;
        }
        s.events.add(at, event);
        if (s.events.size() > MAX_EVENTS_PER_STREAM) {
            s.events.subList(0, s.events.size() - MAX_EVENTS_PER_STREAM).clear();
        }
        s.lastIngestionTime = Math.max(s.lastIngestionTime, ingestionTime);
        return event;
    }

    private String nextEventId() {
        return String.format("%056d", sequence.incrementAndGet());
    }

    /** Group names, in order; the Logs API builds on this view. */
    synchronized Map<String, LogGroup> groups() {
        return groups;
    }
}
