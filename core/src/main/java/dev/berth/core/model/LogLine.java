package dev.berth.core.model;

/**
 * One CloudWatch Logs event, labelled with the task and container whose stream it came from so a
 * merged service view can say where each line came from.
 */
public record LogLine(
        long timestamp,
        long ingestionTime,
        String eventId,
        String logGroup,
        String logStream,
        String taskId,
        String container,
        String message,
        Severity severity) {

    public LogLine {
        Checks.require(eventId, "eventId");
        Checks.require(message, "message");
        severity = severity == null ? Severity.UNKNOWN : severity;
    }
}
