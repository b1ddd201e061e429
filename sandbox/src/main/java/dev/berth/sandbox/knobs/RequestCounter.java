package dev.berth.sandbox.knobs;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts requests per {@code service:Operation}, so tests and benchmarks can see what a client sent. */
public final class RequestCounter {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    public void count(String service, String operation) {
        counts.computeIfAbsent(service + ":" + operation, k -> new LongAdder()).increment();
    }

    public long get(String service, String operation) {
        LongAdder a = counts.get(service + ":" + operation);
        return a == null ? 0 : a.sum();
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public void reset() {
        counts.clear();
    }
}
