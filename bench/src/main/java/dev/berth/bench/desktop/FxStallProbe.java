package dev.berth.bench.desktop;

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
    /** Looked up once: each lookup streams over the platform's beans, which cost the FX thread ~10 % of its samples at 200 probes/s. */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private final ScheduledExecutorService poster = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stall-probe");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong maxLatencyNanos = new AtomicLong();
    private final AtomicLong probes = new AtomicLong();
    private final AtomicLong over16 = new AtomicLong();
    /** FX-thread CPU time burnt between two probes: the stall's own work, without waiting for a core. */
    private final AtomicLong maxBusyCpuNanos = new AtomicLong();
    private long lastProbeCpu = -1;
    private long maxPulseGapNanos;
    private long lastPulse;
    private long layoutStart;
    private long maxLayoutNanos;
    private long fxThreadId = -1;
    private long cpuAtReset;
    private long wallAtReset;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (lastPulse != 0) {
                maxPulseGapNanos = Math.max(maxPulseGapNanos, now - lastPulse);
            }
            lastPulse = now;
        }
    };

    /** Also times each pulse's CSS and layout pass of this scene (the FX thread's own work). */
    void watch(javafx.scene.Scene scene) {
        Platform.runLater(() -> {
            scene.addPreLayoutPulseListener(() -> layoutStart = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> maxLayoutNanos = Math.max(maxLayoutNanos, System.nanoTime() - layoutStart));
        });
    }

    void start() {
        Platform.runLater(() -> {
            fxThreadId = Thread.currentThread().threadId();
            timer.start();
        });
        poster.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> {
                long late = System.nanoTime() - posted;
                long cpu = THREADS.getCurrentThreadCpuTime();
                if (lastProbeCpu >= 0) {
                    maxBusyCpuNanos.accumulateAndGet(cpu - lastProbeCpu, Math::max);
                }
                lastProbeCpu = cpu;
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
        maxBusyCpuNanos.set(0);
        probes.set(0);
        over16.set(0);
        Platform.runLater(() -> {
            maxPulseGapNanos = 0;
            maxLayoutNanos = 0;
            cpuAtReset = fxCpuNanos();
            wallAtReset = System.nanoTime();
        });
    }

    private long fxCpuNanos() {
        return fxThreadId < 0 ? 0 : THREADS.getThreadCpuTime(fxThreadId);
    }

    String report() {
        long[] v = {-1, -1, -1, -1};
        try {
            java.util.concurrent.CompletableFuture<Void> f = new java.util.concurrent.CompletableFuture<>();
            Platform.runLater(() -> {
                v[0] = maxPulseGapNanos;
                v[1] = maxLayoutNanos;
                v[2] = fxCpuNanos() - cpuAtReset;
                v[3] = System.nanoTime() - wallAtReset;
                f.complete(null);
            });
            f.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the report says -1 where the FX thread did not answer
        }
        return String.format("longest FX-thread stall %.1f ms (probe latency; %.1f ms of it FX-thread CPU), longest pulse gap %.1f ms,"
                        + " longest CSS+layout pass %.1f ms, FX thread busy %.1f s of %.1f s (%.0f%%), %d probes, %d later than 16 ms",
                maxLatencyNanos.get() / 1e6, maxBusyCpuNanos.get() / 1e6, v[0] / 1e6, v[1] / 1e6, v[2] / 1e9, v[3] / 1e9,
                100.0 * v[2] / Math.max(1, v[3]), probes.get(), over16.get());
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
