package dev.berth.sandbox.logs;

import java.util.ArrayList;
import java.util.List;

/** One log stream's events, kept in {@link EventPosition} order. Guarded by its {@link LogStore}'s lock. */
final class LogStream {
    final String name;
    final long creationTime;
    /** Where in the store's sequence the stream appeared, so paginations can leave out newer streams. */
    final long createdSequence;
    final List<LogEvent> events = new ArrayList<>();
    Long firstEventTimestamp;
    Long lastEventTimestamp;
    Long lastIngestionTime;
    long storedBytes;
    long droppedEvents;

    LogStream(String name, long creationTime, long createdSequence) {
        this.name = name;
        this.creationTime = creationTime;
        this.createdSequence = createdSequence;
    }

    void add(LogEvent event, int maxEvents) {
        // Usually the newest event: the insertion point search starts from the end.
        int at = events.size();
        if (at > 0 && events.get(at - 1).timestamp() > event.timestamp()) {
            at = firstIndexAfterTime(event.timestamp());
        }
        events.add(at, event);
        storedBytes += event.size();
        firstEventTimestamp = firstEventTimestamp == null ? event.timestamp() : Math.min(firstEventTimestamp, event.timestamp());
        lastEventTimestamp = lastEventTimestamp == null ? event.timestamp() : Math.max(lastEventTimestamp, event.timestamp());
        lastIngestionTime = lastIngestionTime == null ? event.ingestionTime() : Math.max(lastIngestionTime, event.ingestionTime());
        // Trim a tenth at a time so appends to a full stream stay cheap.
        if (events.size() > maxEvents + maxEvents / 10) {
            List<LogEvent> oldest = events.subList(0, events.size() - maxEvents);
            for (LogEvent dropped : oldest) {
                storedBytes -= dropped.size();
            }
            droppedEvents += oldest.size();
            oldest.clear();
        }
    }

    /** Index of the first event whose timestamp is greater than {@code timestamp}. */
    private int firstIndexAfterTime(long timestamp) {
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).timestamp() <= timestamp) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first event positioned after {@code p}. */
    int firstIndexAfter(EventPosition p) {
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).position().isAfter(p)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The newest event timestamp among events the store had received by {@code watermark}, or 0. */
    long lastEventTimestampAsOf(long watermark) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).sequence() <= watermark) {
                return events.get(i).timestamp();
            }
        }
        return 0;
    }

    LogStreamInfo info() {
        return new LogStreamInfo(name, creationTime, firstEventTimestamp, lastEventTimestamp, lastIngestionTime, storedBytes);
    }
}
