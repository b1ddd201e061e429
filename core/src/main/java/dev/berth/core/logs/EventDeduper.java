package dev.berth.core.logs;

import java.util.HashMap;
import java.util.Map;

/**
 * Remembers which events a tail has delivered, so overlapping polls deliver each once. Polled
 * events are known by event id. Live-tail events have none, so they are counted by content
 * (group, stream, timestamp, message); a polled event matching a live-delivered one uses up that
 * count instead of being delivered again (identical lines stay distinct: counts, not a set).
 */
final class EventDeduper {
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<String, Integer> liveCounts = new HashMap<>();
    private final Map<String, Long> liveTimes = new HashMap<>();

    /** True the first time an event is seen; remembers it. */
    boolean firstTime(RawEvent e) {
        String content = e.logGroup() + '\u0000' + e.logStream() + '\u0000' + e.timestamp() + '\u0000' + e.message();
        if (e.eventId() == null) {
            liveCounts.merge(content, 1, Integer::sum);
            liveTimes.put(content, e.timestamp());
            return true;
        }
        if (ids.putIfAbsent(e.eventId(), e.timestamp()) != null) {
            return false;
        }
        Integer live = liveCounts.get(content);
        if (live != null) {
            if (live == 1) {
                liveCounts.remove(content);
                liveTimes.remove(content);
            } else {
                liveCounts.put(content, live - 1);
            }
            return false;
        }
        return true;
    }

    /** Forgets events older than {@code timestamp}: no poll will ask for them again. */
    void forgetBefore(long timestamp) {
        ids.values().removeIf(ts -> ts < timestamp);
        liveTimes.entrySet().removeIf(en -> {
            if (en.getValue() < timestamp) {
                liveCounts.remove(en.getKey());
                return true;
            }
            return false;
        });
    }

    int remembered() {
        return ids.size() + liveCounts.size();
    }
}
