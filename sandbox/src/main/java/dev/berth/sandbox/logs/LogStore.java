package dev.berth.sandbox.logs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;

/**
 * CloudWatch Logs data of one region: groups, streams, and events kept in timestamp order. The
 * control plane appends what running containers print; the Logs API reads and writes the same store.
 *
 * <p>Every event and every stream or group creation takes the next number of one sequence. A
 * pagination remembers the sequence number at its first page (its watermark) and leaves out
 * anything that came later, so its pages are one consistent snapshot however fast events arrive.
 */
public final class LogStore {
    /** Per stream, older events are dropped beyond this many (a tenth at a time), to bound memory. */
    public static final int MAX_EVENTS_PER_STREAM = 20_000;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final NavigableMap<String, LogGroup> groups = new TreeMap<>();
    private long sequence;

    /** What {@link #createStream} found. */
    public enum CreateOutcome { CREATED, GROUP_MISSING, ALREADY_EXISTS }

    /** An event to store: epoch-millis timestamp and message. */
    public record NewEvent(long timestamp, String message) {
    }

    /** How many events a stream holds, and how many it dropped to {@link #MAX_EVENTS_PER_STREAM}. */
    public record StreamCount(long stored, long dropped) {
    }

    /** A stream as a DescribeLogStreams page sorts it. */
    public record StreamRow(LogStreamInfo info, long orderKey) {
    }

    /** Creates the group and stream if missing (what the awslogs driver does with awslogs-create-group). */
    public void ensureStream(String group, String stream, long nowMillis) {
        lock.writeLock().lock();
        try {
            streamFor(group, stream, nowMillis);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Appends one event that arrived at {@code ingestionTime}; keeps the stream in timestamp order. */
    public LogEvent append(String group, String stream, long timestamp, long ingestionTime, String message) {
        lock.writeLock().lock();
        try {
            LogEvent event = LogEvent.of(timestamp, ingestionTime, message, ++sequence);
            streamFor(group, stream, ingestionTime).add(event, MAX_EVENTS_PER_STREAM);
            return event;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private LogStream streamFor(String group, String stream, long nowMillis) {
        LogGroup g = groups.computeIfAbsent(group, n -> new LogGroup(n, nowMillis, ++sequence, "STANDARD", Map.of()));
        return g.streams.computeIfAbsent(stream, n -> new LogStream(n, nowMillis, ++sequence));
    }

    /** The sequence number of the newest event, stream or group: a pagination's watermark. */
    public long watermark() {
        lock.readLock().lock();
        try {
            return sequence;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** False if the group already exists. */
    public boolean createGroup(String name, long nowMillis, String logGroupClass, Map<String, String> tags) {
        lock.writeLock().lock();
        try {
            if (groups.containsKey(name)) {
                return false;
            }
            groups.put(name, new LogGroup(name, nowMillis, ++sequence, logGroupClass, tags));
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public CreateOutcome createStream(String group, String stream, long nowMillis) {
        lock.writeLock().lock();
        try {
            LogGroup g = groups.get(group);
            if (g == null) {
                return CreateOutcome.GROUP_MISSING;
            }
            if (g.streams.containsKey(stream)) {
                return CreateOutcome.ALREADY_EXISTS;
            }
            g.streams.put(stream, new LogStream(stream, nowMillis, ++sequence));
            return CreateOutcome.CREATED;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public boolean hasGroup(String group) {
        lock.readLock().lock();
        try {
            return groups.containsKey(group);
        } finally {
            lock.readLock().unlock();
        }
    }

    public boolean hasStream(String group, String stream) {
        lock.readLock().lock();
        try {
            LogGroup g = groups.get(group);
            return g != null && g.streams.containsKey(stream);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** False if the group does not exist. */
    public boolean setRetention(String group, Integer days) {
        lock.writeLock().lock();
        try {
            LogGroup g = groups.get(group);
            if (g == null) {
                return false;
            }
            g.retentionInDays = days;
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public Optional<Integer> retentionInDays(String group) {
        lock.readLock().lock();
        try {
            LogGroup g = groups.get(group);
            return g == null ? Optional.empty() : Optional.ofNullable(g.retentionInDays);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Stores a batch in an existing stream, all under one lock; false if the stream does not exist. */
    public boolean put(String group, String stream, List<NewEvent> batch, long ingestionTime) {
        lock.writeLock().lock();
        try {
            LogGroup g = groups.get(group);
            LogStream s = g == null ? null : g.streams.get(stream);
            if (s == null) {
                return false;
            }
            for (NewEvent e : batch) {
                s.add(LogEvent.of(e.timestamp(), ingestionTime, e.message(), ++sequence), MAX_EVENTS_PER_STREAM);
            }
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Up to {@code count} groups in name order after {@code afterName} (null: from the start),
     * of the given class (null: any), leaving out groups created after {@code watermark}.
     */
    public List<LogGroupInfo> groups(Predicate<String> nameFilter, String logGroupClass, String afterName,
                                     long watermark, int count) {
        lock.readLock().lock();
        try {
            List<LogGroupInfo> out = new ArrayList<>();
            for (LogGroup g : (afterName == null ? groups : groups.tailMap(afterName, false)).values()) {
                if (out.size() == count) {
                    break;
                }
                if (g.createdSequence <= watermark && nameFilter.test(g.name)
                        && (logGroupClass == null || logGroupClass.equals(g.logGroupClass))) {
                    out.add(g.info());
                }
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    public Optional<LogGroupInfo> group(String name) {
        lock.readLock().lock();
        try {
            LogGroup g = groups.get(name);
            return g == null ? Optional.empty() : Optional.of(g.info());
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Up to {@code count} streams of a group in (order key, name) order, after the row
     * {@code (afterKey, afterName)} when {@code afterName} is given. By last event time the key is
     * the newest event timestamp as of the watermark, so streams that receive events meanwhile keep
     * their place. Empty if the group does not exist.
     */
    public Optional<List<StreamRow>> streams(String group, String prefix, boolean byLastEventTime, boolean descending,
                                             long afterKey, String afterName, long watermark, int count) {
        lock.readLock().lock();
        try {
            LogGroup g = groups.get(group);
            if (g == null) {
                return Optional.empty();
            }
            List<StreamRow> rows = new ArrayList<>();
            for (LogStream s : new StreamSelector(null, prefix).select(g.streams)) {
                if (s.createdSequence <= watermark) {
                    rows.add(new StreamRow(s.info(), byLastEventTime ? s.lastEventTimestampAsOf(watermark) : 0));
                }
            }
            Comparator<StreamRow> order = Comparator.comparingLong(StreamRow::orderKey)
                    .thenComparing(r -> r.info().name());
            if (descending) {
                order = order.reversed();
            }
            StreamRow cursor = afterName == null ? null
                    : new StreamRow(new LogStreamInfo(afterName, 0, null, null, null, 0), afterKey);
            Comparator<StreamRow> finalOrder = order;
            return Optional.of(rows.stream()
                    .filter(r -> cursor == null || finalOrder.compare(r, cursor) > 0)
                    .sorted(order)
                    .limit(count)
                    .toList());
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Events of one stream positioned after {@code after}, with timestamps in
     * [{@code start}, {@code endExclusive}), oldest first, until {@code limit} events or
     * {@code maxBytes} (but at least one event, however big). Empty if the stream does not exist.
     */
    public List<LogEvent> readForward(String group, String stream, EventPosition after, long start, long endExclusive,
                                      int limit, long maxBytes) {
        lock.readLock().lock();
        try {
            LogStream s = streamOf(group, stream);
            List<LogEvent> out = new ArrayList<>();
            if (s == null) {
                return out;
            }
            long bytes = 0;
            for (int i = s.firstIndexAfter(max(after, new EventPosition(start, 0).predecessor()));
                 i < s.events.size() && out.size() < limit; i++) {
                LogEvent e = s.events.get(i);
                if (e.timestamp() >= endExclusive || (!out.isEmpty() && bytes + e.size() > maxBytes)) {
                    break;
                }
                bytes += e.size();
                out.add(e);
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Events of one stream positioned before {@code before}, with timestamps in
     * [{@code start}, {@code endExclusive}): the newest {@code limit} of them (or fewer, to stay
     * within {@code maxBytes}), returned oldest first.
     */
    public List<LogEvent> readBackward(String group, String stream, EventPosition before, long start, long endExclusive,
                                       int limit, long maxBytes) {
        lock.readLock().lock();
        try {
            LogStream s = streamOf(group, stream);
            List<LogEvent> out = new ArrayList<>();
            if (s == null) {
                return out;
            }
            EventPosition end = min(before, new EventPosition(endExclusive, 0));
            long bytes = 0;
            for (int i = s.firstIndexAfter(end.predecessor()) - 1; i >= 0 && out.size() < limit; i--) {
                LogEvent e = s.events.get(i);
                if (e.timestamp() < start || (!out.isEmpty() && bytes + e.size() > maxBytes)) {
                    break;
                }
                bytes += e.size();
                out.add(e);
            }
            return out.reversed();
        } finally {
            lock.readLock().unlock();
        }
    }

    private LogStream streamOf(String group, String stream) {
        LogGroup g = groups.get(group);
        return g == null ? null : g.streams.get(stream);
    }

    /**
     * The next {@code max} events of the selected streams of a group, merged in position order:
     * positioned after {@code after}, timestamps in [{@code start}, {@code endExclusive}), and
     * received by {@code watermark}. Fewer than {@code max} means the search is exhausted.
     */
    public List<FoundEvent> scan(String group, StreamSelector selector, long start, long endExclusive,
                                 EventPosition after, long watermark, int max) {
        lock.readLock().lock();
        try {
            LogGroup g = groups.get(group);
            if (g == null) {
                return List.of();
            }
            EventPosition from = max(after, new EventPosition(start, 0).predecessor());
            PriorityQueue<StreamCursor> heads = new PriorityQueue<>();
            for (LogStream s : selector.select(g.streams)) {
                StreamCursor c = new StreamCursor(s, s.firstIndexAfter(from));
                if (c.valid(endExclusive)) {
                    heads.add(c);
                }
            }
            List<FoundEvent> out = new ArrayList<>(Math.min(max, 1024));
            while (out.size() < max && !heads.isEmpty()) {
                StreamCursor c = heads.poll();
                LogEvent e = c.current();
                if (e.sequence() <= watermark) {
                    out.add(new FoundEvent(c.stream.name, e));
                }
                c.index++;
                if (c.valid(endExclusive)) {
                    heads.add(c);
                }
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Per stream of a group, in name order: events stored now and events dropped to the size cap. */
    public Map<String, StreamCount> counts(String group) {
        lock.readLock().lock();
        try {
            Map<String, StreamCount> out = new TreeMap<>();
            LogGroup g = groups.get(group);
            if (g != null) {
                g.streams.forEach((name, s) -> out.put(name, new StreamCount(s.events.size(), s.droppedEvents)));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    private static EventPosition max(EventPosition a, EventPosition b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static EventPosition min(EventPosition a, EventPosition b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static final class StreamCursor implements Comparable<StreamCursor> {
        final LogStream stream;
        int index;

        StreamCursor(LogStream stream, int index) {
            this.stream = stream;
            this.index = index;
        }

        LogEvent current() {
            return stream.events.get(index);
        }

        boolean valid(long endExclusive) {
            return index < stream.events.size() && current().timestamp() < endExclusive;
        }

        @Override
        public int compareTo(StreamCursor o) {
            return current().position().compareTo(o.current().position());
        }
    }
}
