package dev.berth.core.logs;

import dev.berth.core.model.LogLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** The lines a tail keeps: at most {@code capacity}, dropping the oldest and counting them. */
final class LogBuffer {
    private final int capacity;
    private final ArrayDeque<LogLine> lines;
    private long dropped;

    LogBuffer(int capacity) {
        this.capacity = capacity;
        this.lines = new ArrayDeque<>(Math.min(capacity, 16_384));
    }

    synchronized void addAll(List<LogLine> batch) {
        for (LogLine l : batch) {
            if (lines.size() == capacity) {
                lines.pollFirst();
                dropped++;
            }
            lines.addLast(l);
        }
    }

    synchronized List<LogLine> snapshot() {
        return new ArrayList<>(lines);
    }

    synchronized int size() {
        return lines.size();
    }

    synchronized long dropped() {
        return dropped;
    }

    synchronized void clear() {
        lines.clear();
    }
}
