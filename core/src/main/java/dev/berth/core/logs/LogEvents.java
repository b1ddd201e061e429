package dev.berth.core.logs;

import java.util.List;

/**
 * What the tail needs from CloudWatch Logs: pages of FilterLogEvents, and a live tail where the
 * endpoint offers one. Implemented over the SDK by {@code sources.LogsSource}.
 */
public interface LogEvents {
    /** One page; failures are {@link dev.berth.core.BerthException}s. */
    EventPage filter(FilterRequest request);

    /**
     * Starts a live tail of the given groups (and streams, when one group). Events go to the
     * listener until the returned handle is closed or the session ends. Fails with
     * {@link LiveTailUnavailable} (possibly through {@link LiveListener#onEnd}) where the endpoint
     * has no live tail.
     */
    AutoCloseable liveTail(List<String> logGroups, List<String> streams, String filterPattern, LiveListener listener);
}
