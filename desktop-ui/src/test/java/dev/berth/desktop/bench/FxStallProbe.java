package dev.berth.desktop.bench;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Measures how long the FX thread is unavailable: a probe posted every 5 ms records how late it
 * runs (the stall a key press would feel), and an animation timer records the longest gap between
 * pulses (the stall a scroll would show).
 */
final class FxStallProbe implements AutoCloseable {
    private final ScheduledExecutorService poster = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stall-probe");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong maxLatencyNanos = new AtomicLong();
    private final AtomicLong probes = new AtomicLong();
    private final AtomicLong over16 = new AtomicLong();
    private long maxPulseGapNanos;
    private long lastPulse;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (lastPulse != 0) {
                maxPulseGapNanos = Math.max(maxPulseGapNanos, now - lastPulse);
            }
            lastPulse = now;
        }
    };

    void start() {
        Platform.runLater(timer::start);
        poster.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> {
                long late = System.nanoTime() - posted;
                maxLatencyNanos.accumulateAndGet(late, Math::max);
                probes.incrementAndGet();
                if (late > 16_000_000) {
                    over16.incrementAndGet();
                }
            });
        }, 0, 5, TimeUnit.MILLISECONDS);
    }

    /** Forgets what happened so far (e.g. start-up), keeps measuring. */
    void reset() {
        maxLatencyNanos.set(0);
        probes.set(0);
        over16.set(0);
        Platform.runLater(() -> maxPulseGapNanos = 0);
    }

    String report() {
        long[] gap = new long[1];
        try {
            java.util.concurrent.CompletableFuture<Void> f = new java.util.concurrent.CompletableFuture<>();
            Platform.runLater(() -> {
                gap[0] = maxPulseGapNanos;
                f.complete(null);
            });
            f.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            gap[0] = -1;
        }
        return String.format("longest FX-thread stall %.1f ms (probe latency), longest pulse gap %.1f ms, %d probes, %d later than 16 ms",
                maxLatencyNanos.get() / 1e6, gap[0] / 1e6, probes.get(), over16.get());
    }

    double maxStallMillis() {
        return maxLatencyNanos.get() / 1e6;
    }

    @Override
    public void close() {
        poster.shutdownNow();
        Platform.runLater(timer::stop);
    }
}
