package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.logs.LogStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * What running containers print, written through the awslogs driver into the region's log store
 * (group {@code awslogs-group}, stream {@code prefix/container/task-id}). Start-up banners, shutdowns
 * and crash stack traces are written when they happen; ordinary lines are drawn at random from the
 * running tasks within a region-wide budget, so 50,000 tasks cost no more per tick than 50. Each
 * event's timestamp is up to two seconds before its ingestion time, as with the real driver.
 */
final class ContainerLogs {
    /** Region-wide ceiling on ordinary lines per sandbox second. */
    static final double MAX_LINES_PER_SECOND = 200;
    /** Ceiling on ordinary lines per advance of the clock, however far it jumped. */
    static final int MAX_LINES_PER_ADVANCE = 400;

    private final EcsState ecs;
    private final SplittableRandom random;
    private final List<Task> writers = new ArrayList<>();
    private double totalRate;
    private double maxTaskRate;
    private long emittedUntil;
    /** What was written per stream (ground truth for tests), by region, group and stream. */
    private final Map<String, Written> written = new HashMap<>();

    /** One stream's ground truth; each container keeps a reference to its own. */
    static final class Written {
        final String group;
        final String stream;
        final String region;
        int lines;
        String last;

        Written(String group, String stream, String region) {
            this.group = group;
            this.stream = stream;
            this.region = region;
        }
    }

    ContainerLogs(EcsState ecs, SplittableRandom random) {
        this.ecs = ecs;
        this.random = random;
    }

    /** The containers have started: create their streams, print their banners, and start drawing lines from them. */
    void started(Task t) {
        long now = ecs.now();
        for (Container c : t.containers) {
            ContainerSpec.LogTarget target = c.spec.logs();
            if (target == null) {
                continue;
            }
            String stream = target.stream(c.spec.name(), t.id);
            store(target).ensureStream(target.group(), stream, now);
            String region = target.region() == null ? ecs.region().name() : target.region();
            c.written = written.computeIfAbsent(region + "\n" + target.group() + "\n" + stream,
                    k -> new Written(target.group(), stream, region));
            write(t, c, c.spec.lines().startup(now, version(c.spec.image())));
        }
        double rate = t.definition.logLinesPerSecond;
        if (rate > 0) {
            t.logSlot = writers.size();
            writers.add(t);
            totalRate += rate;
            maxTaskRate = Math.max(maxTaskRate, rate);
        }
    }

    void stopped(Task t) {
        if (t.logSlot < 0) {
            return;
        }
        Task last = writers.remove(writers.size() - 1);
        if (last != t) {
            writers.set(t.logSlot, last);
            last.logSlot = t.logSlot;
        }
        t.logSlot = -1;
        totalRate = Math.max(0, totalRate - t.definition.logLinesPerSecond);
    }

    /** Lines a container prints now, one event each, a millisecond apart. */
    void write(Task t, Container c, List<String> lines) {
        ContainerSpec.LogTarget target = c.spec.logs();
        if (target == null || c.written == null) {
            return;
        }
        long at = ecs.now();
        long delay = ingestionDelay();
        for (int i = 0; i < lines.size(); i++) {
            append(target, c, at + i, at + i + delay, lines.get(i));
        }
    }

    /** Draws the ordinary lines of the time since the last call. */
    void emitUntil(long now) {
        long from = emittedUntil;
        emittedUntil = now;
        if (from == 0 || now <= from || writers.isEmpty()) {
            return;
        }
        double expected = Math.min(totalRate, MAX_LINES_PER_SECOND) * (now - from) / 1000.0;
        int count = (int) expected + (random.nextDouble() < expected - Math.floor(expected) ? 1 : 0);
        count = Math.min(count, MAX_LINES_PER_ADVANCE);
        long[] arrivals = new long[count];
        for (int i = 0; i < count; i++) {
            arrivals[i] = from + 1 + (long) (random.nextDouble() * (now - from));
        }
        Arrays.sort(arrivals);
        for (long ingestion : arrivals) {
            Task t = pick();
            Container c = loggingContainer(t);
            if (c != null) {
                long timestamp = ingestion - ingestionDelay();
                append(c.spec.logs(), c, timestamp, ingestion, c.spec.lines().line(random, timestamp));
            }
        }
    }

    /** Ground truth for tests: every stream written, with its line count and last line. */
    ArrayNode truth() {
        ArrayNode out = Json.array();
        for (Written w : new TreeMap<>(written).values()) {
            ObjectNode row = out.addObject();
            row.put("region", w.region);
            row.put("logGroupName", w.group);
            row.put("logStreamName", w.stream);
            row.put("lines", w.lines);
            row.put("lastMessage", w.last);
        }
        return out;
    }

    /** A task drawn with weight by its rate of lines (rejection sampling, bounded). */
    private Task pick() {
        Task t = writers.get(random.nextInt(writers.size()));
        for (int tries = 0; tries < 8 && random.nextDouble() * maxTaskRate > t.definition.logLinesPerSecond; tries++) {
            t = writers.get(random.nextInt(writers.size()));
        }
        return t;
    }

    private Container loggingContainer(Task t) {
        List<Container> candidates = new ArrayList<>(t.containers.length);
        for (Container c : t.containers) {
            if (c.running() && c.spec.logs() != null && c.spec.lines().style().linesPerSecond() > 0) {
                candidates.add(c);
            }
        }
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private void append(ContainerSpec.LogTarget target, Container c, long timestamp, long ingestion, String line) {
        store(target).append(target.group(), c.written.stream, timestamp, ingestion, line);
        c.written.lines++;
        c.written.last = line;
    }

    private LogStore store(ContainerSpec.LogTarget target) {
        return target.region() == null || target.region().equals(ecs.region().name())
                ? ecs.region().logs()
                : ecs.region().world().region(target.region()).logs();
    }

    private long ingestionDelay() {
        return 150 + random.nextInt(1850);
    }

    private static String version(String image) {
        int colon = image.lastIndexOf(':');
        String tag = colon > image.lastIndexOf('/') ? image.substring(colon + 1) : "latest";
        return tag.replaceFirst("^v", "");
    }
}
