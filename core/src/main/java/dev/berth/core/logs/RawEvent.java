package dev.berth.core.logs;

/**
 * One CloudWatch Logs event as a source hands it over, before labelling. Live-tail events carry no
 * event id ({@code eventId} null).
 */
public record RawEvent(String eventId, String logGroup, String logStream, long timestamp, long ingestionTime,
                       String message) {
}
