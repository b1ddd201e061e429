package dev.berth.core.logs;

import java.util.List;

/**
 * One FilterLogEvents page request: one log group, up to 100 stream names, events from
 * {@code startTime} (epoch ms) on, the CloudWatch filter pattern (null for all), and the page token.
 */
public record FilterRequest(String logGroup, List<String> streams, long startTime, String filterPattern,
                            String nextToken) {
    /** FilterLogEvents takes at most this many stream names. */
    public static final int MAX_STREAMS = 100;

    public FilterRequest {
        streams = List.copyOf(streams);
        if (streams.size() > MAX_STREAMS) {
            throw new IllegalArgumentException("FilterLogEvents takes at most " + MAX_STREAMS + " streams");
        }
    }

    public FilterRequest withToken(String token) {
        return new FilterRequest(logGroup, streams, startTime, filterPattern, token);
    }
}
