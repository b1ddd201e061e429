package dev.berth.core.slices;

import dev.berth.core.watch.PollStep;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceRow;
import dev.berth.core.sources.EcsSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The service list of a cluster, visible rows first. Each poll lists the names when the listing is
 * due (every background interval, or on a manual refresh), then describes, ten per call, the
 * visible rows that are due (every visible interval), then the rows off screen that are due (never
 * described, or older than the background interval). It checks the visible set before every batch,
 * so rows scrolled onto the screen jump the queue. Partial lists go out after the listing, after
 * visible batches, and at most every {@link #PARTIAL_EVERY} while the rest are described, each only
 * when a row changed since the last list went out; an unchanged list goes out as the same instance
 * (consumers may skip it by identity: an idle screen on a big cluster re-describes its rows every
 * few seconds and nearly always gets the same answers).
 *
 * <p>Re-reading rows nobody looks at shares a budget of {@link #BACKGROUND_CALLS_PER_SECOND}: a
 * 5,000-service cluster would otherwise spend most of the account's describe rate (about 20 calls
 * a second, shared with every other tool) every background interval. Rows never described yet are
 * not held back by it.
 */
final class ServiceRows implements PollStep<List<ServiceRow>> {
    static final Duration PARTIAL_EVERY = Duration.ofMillis(500);
    static final int BATCH = 10;
    static final int LIST_PAGE = 100;
    static final double BACKGROUND_CALLS_PER_SECOND = 1.0;

    private final EcsSource ecs;
    private final String cluster;
    private final Supplier<Set<String>> visible;
    private final Supplier<Duration> visibleEvery;
    private final Duration backgroundEvery;
    private final Clock clock;
    /** Rows by name; sorted so batches and lists are stable. */
    private final Map<String, Row> rows = new TreeMap<>();
    private Instant listedAt;
    private volatile boolean forced;
    /** The last list handed out, and whether a row changed since (null: none handed out yet). */
    private List<ServiceRow> last;
    private boolean changed;

    private static final class Row {
        final String arn;
        Service service;
        Instant describedAt;

        Row(String arn) {
            this.arn = arn;
        }
    }

    ServiceRows(EcsSource ecs, String cluster, Supplier<Set<String>> visible, Supplier<Duration> visibleEvery,
                Duration backgroundEvery, Clock clock) {
        this.ecs = ecs;
        this.cluster = cluster;
        this.visible = visible;
        this.visibleEvery = visibleEvery;
        this.backgroundEvery = backgroundEvery;
        this.clock = clock;
    }

    /** The next poll re-lists and re-describes the visible rows even if they are not due (manual refresh). */
    void force() {
        forced = true;
    }

    @Override
    public List<ServiceRow> poll(List<ServiceRow> previous, Consumer<List<ServiceRow>> partial) {
        boolean force = forced;
        forced = false;
        Instant now = clock.instant();
        if (listedAt == null || force || !now.isBefore(listedAt.plus(backgroundEvery(LIST_PAGE)))) {
            relist(ecs.serviceArns(cluster));
            listedAt = now;
            if (changed) {
                partial.accept(snapshot());
            }
        }
        if (force) {
            visible.get().forEach(name -> {
                Row row = rows.get(name);
                if (row != null) {
                    row.describedAt = null;
                }
            });
        }
        Instant lastPartial = clock.instant();
        while (true) {
            Set<String> onScreen = visible.get();
            List<String> batch = nextBatch(onScreen, clock.instant());
            if (batch.isEmpty()) {
                break;
            }
            boolean visibleBatch = onScreen.contains(batch.get(0));
            describe(batch);
            if (changed && (visibleBatch || !clock.instant().isBefore(lastPartial.plus(PARTIAL_EVERY)))) {
                partial.accept(snapshot());
                lastPartial = clock.instant();
            }
        }
        return snapshot();
    }

    private void relist(List<String> arns) {
        Set<String> names = new HashSet<>();
        for (String arn : arns) {
            String name = arn.substring(arn.lastIndexOf('/') + 1);
            names.add(name);
            if (!rows.containsKey(name)) {
                rows.put(name, new Row(arn));
                changed = true;
            }
        }
        changed |= rows.keySet().retainAll(names);
    }

    /** Up to ten due rows: visible ones first, in name order; then the rest. */
    private List<String> nextBatch(Set<String> onScreen, Instant now) {
        List<String> batch = new ArrayList<>(BATCH);
        Duration visibleAge = visibleEvery.get();
        for (Map.Entry<String, Row> e : rows.entrySet()) {
            if (onScreen.contains(e.getKey()) && due(e.getValue(), now, visibleAge)) {
                batch.add(e.getKey());
                if (batch.size() == BATCH) {
                    return batch;
                }
            }
        }
        if (!batch.isEmpty()) {
            return batch;
        }
        Duration offScreenAge = backgroundEvery(BATCH);
        for (Map.Entry<String, Row> e : rows.entrySet()) {
            if (!onScreen.contains(e.getKey()) && due(e.getValue(), now, offScreenAge)) {
                batch.add(e.getKey());
                if (batch.size() == BATCH) {
                    break;
                }
            }
        }
        return batch;
    }

    /** The background interval, or longer when a sweep of all rows at {@code perCall} a call would overspend the budget. */
    private Duration backgroundEvery(int perCall) {
        long calls = (rows.size() + perCall - 1) / perCall;
        Duration sweep = Duration.ofMillis((long) (calls * 1000 / BACKGROUND_CALLS_PER_SECOND));
        return sweep.compareTo(backgroundEvery) > 0 ? sweep : backgroundEvery;
    }

    private static boolean due(Row row, Instant now, Duration every) {
        return row.describedAt == null || !now.isBefore(row.describedAt.plus(every));
    }

    private void describe(List<String> batch) {
        Instant at = clock.instant();
        Map<String, Service> found = new TreeMap<>();
        for (Service s : ecs.describeServiceBatch(cluster, batch)) {
            found.put(s.name(), s);
        }
        for (String name : batch) {
            Row row = rows.get(name);
            Service s = found.get(name);
            if (s == null || "INACTIVE".equals(s.status())) {
                // Deleted since the listing: drop the row rather than describe it forever.
                changed |= rows.remove(name) != null;
            } else if (row != null) {
                changed |= !s.equals(row.service);
                row.service = s;
                row.describedAt = at;
            }
        }
    }

    /** The rows in name order (the map's order); the previous list itself when nothing changed. */
    private List<ServiceRow> snapshot() {
        if (last != null && !changed) {
            return last;
        }
        List<ServiceRow> out = new ArrayList<>(rows.size());
        rows.forEach((name, row) -> out.add(new ServiceRow(row.arn, name, row.service)));
        last = Collections.unmodifiableList(out);
        changed = false;
        return last;
    }
}
