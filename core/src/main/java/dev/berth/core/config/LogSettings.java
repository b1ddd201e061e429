package dev.berth.core.config;

import java.time.Duration;

/**
 * The log tail ({@code logs:} in config.yaml). Every key is optional.
 *
 * <pre>
 * logs:
 *   bufferLines: 100000  # lines a tail keeps; the oldest are dropped beyond this (1000..5000000)
 *   pollInterval: 1s     # how often FilterLogEvents is polled when live tail is not available
 *   liveTail: true       # use StartLiveTail where the endpoint supports it
 * </pre>
 */
public record LogSettings(Integer bufferLines, Duration pollInterval, Boolean liveTail) {
    public LogSettings {
        bufferLines = bufferLines == null ? 100_000 : bufferLines;
        if (bufferLines < 1_000 || bufferLines > 5_000_000) {
            throw new IllegalArgumentException("bufferLines must be between 1000 and 5000000, got " + bufferLines);
        }
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        if (pollInterval.toMillis() < 200) {
            throw new IllegalArgumentException("pollInterval must be at least 200ms");
        }
        liveTail = liveTail == null || liveTail;
    }

    public static LogSettings defaults() {
        return new LogSettings(null, null, null);
    }
}
