package dev.berth.core.logs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * CloudWatch Logs as the tail sees it, in memory: events become visible at their ingestion time
 * (which may be seconds after their timestamp), FilterLogEvents answers in timestamp order in pages,
 * and live tail is either refused (as the sandbox does) or fed by the test.
 */
final class FakeLogGroups implements LogEvents {
    private final Clock clock;
    private final int pageSize;
    private final List<RawEvent> events = new CopyOnWriteArrayList<>();
    final List<FilterRequest> requests = new CopyOnWriteArrayList<>();
    boolean liveSupported;
    LiveListener liveListener;
    int liveStarts;

    FakeLogGroups(Clock clock, int pageSize) {
        this.clock = clock;
        this.pageSize = pageSize;
    }

    void put(String group, String stream, long timestamp, long ingestion, String message) {
        events.add(new RawEvent("e" + events.size(), group, stream, timestamp, ingestion, message));
    }

    List<RawEvent> all() {
        return List.copyOf(events);
    }

    @Override
    public EventPage filter(FilterRequest r) {
        requests.add(r);
        long now = clock.millis();
        List<RawEvent> visible = new ArrayList<>();
        for (RawEvent e : events) {
            if (e.logGroup().equals(r.logGroup()) && e.ingestionTime() <= now && e.timestamp() >= r.startTime()
                    && (r.streams().isEmpty() || r.streams().contains(e.logStream()))
                    && (r.filterPattern() == null || e.message().contains(r.filterPattern()))) {
                visible.add(e);
            }
        }
        visible.sort(Comparator.comparingLong(RawEvent::timestamp).thenComparing(RawEvent::eventId));
        int from = r.nextToken() == null ? 0 : Integer.parseInt(r.nextToken());
        int to = Math.min(visible.size(), from + pageSize);
        return new EventPage(visible.subList(from, to), to < visible.size() ? String.valueOf(to) : null);
    }

    @Override
    public AutoCloseable liveTail(List<String> logGroups, List<String> streams, String filterPattern, LiveListener listener) {
        if (!liveSupported) {
            throw new LiveTailUnavailable("no live tail here", null);
        }
        liveStarts++;
        liveListener = listener;
        listener.onStarted();
        return () -> liveListener = null;
    }
}
