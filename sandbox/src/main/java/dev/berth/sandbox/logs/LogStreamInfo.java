package dev.berth.sandbox.logs;

/** What DescribeLogStreams says about a stream; timestamps are epoch millis, null before the first event. */
public record LogStreamInfo(String name, long creationTime, Long firstEventTimestamp, Long lastEventTimestamp,
                            Long lastIngestionTime, long storedBytes) {
}
