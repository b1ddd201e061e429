package dev.berth.core.logs;

/** One awslogs stream to tail, with the task and container it belongs to (for the line labels). */
public record LogTarget(String logGroup, String logStream, String taskId, String container) {
}
