package dev.berth.core.config;

import java.time.Duration;

/**
 * When triage calls something a problem ({@code triage:} in config.yaml). Every key is optional.
 *
 * <pre>
 * triage:
 *   belowDesiredFor: 3m     # running below desired this long is a finding
 *   rolloutStuckAfter: 30m  # a rollout still in progress after this long is stuck
 *   crashLoopStops: 3       # this many tasks of one service stopped with errors ...
 *   crashLoopWindow: 10m    # ... within this window is a crash loop
 *   stoppedLookback: 1h     # stopped tasks older than this are no longer evidence
 *   cpuPercent: 90          # average CPU utilisation above this is hot
 *   memoryPercent: 90       # average memory utilisation above this is hot
 * </pre>
 */
public record TriageThresholds(Duration belowDesiredFor, Duration rolloutStuckAfter, Integer crashLoopStops,
                               Duration crashLoopWindow, Duration stoppedLookback, Double cpuPercent,
                               Double memoryPercent) {
    public TriageThresholds {
        belowDesiredFor = belowDesiredFor == null ? Duration.ofMinutes(3) : belowDesiredFor;
        rolloutStuckAfter = rolloutStuckAfter == null ? Duration.ofMinutes(30) : rolloutStuckAfter;
        crashLoopStops = crashLoopStops == null ? 3 : crashLoopStops;
        crashLoopWindow = crashLoopWindow == null ? Duration.ofMinutes(10) : crashLoopWindow;
        stoppedLookback = stoppedLookback == null ? Duration.ofHours(1) : stoppedLookback;
        cpuPercent = percent("cpuPercent", cpuPercent);
        memoryPercent = percent("memoryPercent", memoryPercent);
        if (crashLoopStops < 2) {
            throw new IllegalArgumentException("crashLoopStops must be at least 2, got " + crashLoopStops);
        }
    }

    public static TriageThresholds defaults() {
        return new TriageThresholds(null, null, null, null, null, null, null);
    }

    private static Double percent(String name, Double value) {
        if (value == null) {
            return 90.0;
        }
        if (!(value > 0 && value <= 100)) {
            throw new IllegalArgumentException(name + " must be in (0, 100], got " + value);
        }
        return value;
    }
}
