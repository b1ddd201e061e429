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
import java.util.function.Supplier;

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
        write(() -> streamFor(group, stream, nowMillis));
    }

    /** Appends one event that arrived at {@code ingestionTime}; keeps the stream in timestamp order. */
    public LogEvent append(String group, String stream, long timestamp, long ingestionTime, String message) {
        return write(() -> {
            LogEvent event = LogEvent.of(timestamp, ingestionTime, message, ++sequence);
            streamFor(group, stream, ingestionTime).add(event, MAX_EVENTS_PER_STREAM);
            return event;
        });
    }

    private <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private LogStream streamFor(String group, String stream, long nowMillis) {
        LogGroup g = groups.computeIfAbsent(group, n -> new LogGroup(n, nowMillis, ++sequence, "STANDARD"));
        return g.streams.computeIfAbsent(stream, n -> new LogStream(n, nowMillis, ++sequence));
    }

    /** The sequence number of the newest event, stream or group: a pagination's watermark. */
    public long watermark() {
        return read(() -> sequence);
    }

    /** False if the group already exists. */
    public boolean createGroup(String name, long nowMillis, String logGroupClass) {
        return write(() -> {
            if (groups.containsKey(name)) {
                return false;
            }
            groups.put(name, new LogGroup(name, nowMillis, ++sequence, logGroupClass));
            return true;
        });
    }

    public CreateOutcome createStream(String group, String stream, long nowMillis) {
        return write(() -> {
            LogGroup g = groups.get(group);
            if (g == null) {
                return CreateOutcome.GROUP_MISSING;
            }
            if (g.streams.containsKey(stream)) {
                return CreateOutcome.ALREADY_EXISTS;
            }
            g.streams.put(stream, new LogStream(stream, nowMillis, ++sequence));
            return CreateOutcome.CREATED;
        });
    }

    public boolean hasGroup(String group) {
        return read(() -> groups.containsKey(group));
    }

    public boolean hasStream(String group, String stream) {
        return read(() -> {
            LogGroup g = groups.get(group);
            return g != null && g.streams.containsKey(stream);
        });
    }

    /** False if the group does not exist. */
    public boolean setRetention(String group, Integer days) {
        return write(() -> {
            LogGroup g = groups.get(group);
            if (g == null) {
                return false;
            }
            g.retentionInDays = days;
            return true;
        });
    }

    public Optional<Integer> retentionInDays(String group) {
        return read(() -> {
            LogGroup g = groups.get(group);
            return g == null ? Optional.empty() : Optional.ofNullable(g.retentionInDays);
        });
    }

    /** Stores a batch in an existing stream, all under one lock; false if the stream does not exist. */
    public boolean put(String group, String stream, List<NewEvent> batch, long ingestionTime) {
        return write(() -> {
            LogGroup g = groups.get(group);
            LogStream s = g == null ? null : g.streams.get(stream);
            if (s == null) {
                return false;
            }
            for (NewEvent e : batch) {
                s.add(LogEvent.of(e.timestamp(), ingestionTime, e.message(), ++sequence), MAX_EVENTS_PER_STREAM);
            }
            return true;
        });
    }

    /**
     * Up to {@code count} groups in name order after {@code afterName} (null: from the start),
     * of the given class (null: any), leaving out groups created after {@code watermark}.
     */
    public List<LogGroupInfo> groups(Predicate<String> nameFilter, String logGroupClass, String afterName,
                                     long watermark, int count) {
        return read(() -> {
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
        });
    }

    /**
     * Up to {@code count} streams of a group in (order key, name) order, after the row
     * {@code (afterKey, afterName)} when {@code afterName} is given. By last event time the key is
     * the newest event timestamp as of the watermark, so streams that receive events meanwhile keep
     * their place. Empty if the group does not exist.
     */
    public Optional<List<StreamRow>> streams(String group, String prefix, boolean byLastEventTime, boolean descending,
                                             long afterKey, String afterName, long watermark, int count) {
        return read(() -> {
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
        });
    }

    /**
     * Up to {@code limit} events of one stream with timestamps in [{@code start},
     * {@code endExclusive}), oldest first, and no more than {@code maxBytes} of them (but at least
     * one, however big). Reading forward they are the first events positioned after {@code from};
     * reading backward, the last ones positioned before it. Empty if the stream does not exist.
     */
    public List<LogEvent> readStream(String group, String stream, boolean forward, EventPosition from, long start,
                                     long endExclusive, int limit, long maxBytes) {
        return read(() -> {
            LogStream s = streamOf(group, stream);
            List<LogEvent> out = new ArrayList<>();
            if (s == null) {
                return out;
            }
            int i = forward
                    ? s.firstIndexAfter(max(from, new EventPosition(start, 0).predecessor()))
                    : s.firstIndexAfter(min(from, new EventPosition(endExclusive, 0)).predecessor()) - 1;
            long bytes = 0;
            for (; i >= 0 && i < s.events.size() && out.size() < limit; i += forward ? 1 : -1) {
                LogEvent e = s.events.get(i);
                boolean inRange = e.timestamp() >= start && e.timestamp() < endExclusive;
                if (!inRange || (!out.isEmpty() && bytes + e.size() > maxBytes)) {
                    break;
                }
                bytes += e.size();
                out.add(e);
            }
            return forward ? out : out.reversed();
        });
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
        return read(() -> {
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
        });
    }

    /** Per stream of a group, in name order: events stored now and events dropped to the size cap. */
    public Map<String, StreamCount> counts(String group) {
        return read(() -> {
            Map<String, StreamCount> out = new TreeMap<>();
            LogGroup g = groups.get(group);
            if (g != null) {
                g.streams.forEach((name, s) -> out.put(name, new StreamCount(s.events.size(), s.droppedEvents)));
            }
            return out;
        });
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
