package dev.berth.core.actions;

/** Stop one task, with the reason ECS records on it. */
public record StopTask(String cluster, String taskId, String reason) implements ActionRequest {
    public StopTask {
        if (taskId == null || taskId.isBlank()) {
            throw new ActionRefused("choose a task to stop");
        }
        reason = reason == null || reason.isBlank() ? "Stopped by Berth" : reason.strip();
        if (reason.length() > 1024) {
            throw new ActionRefused("the stop reason is longer than ECS accepts (1024 characters)");
        }
    }

    @Override
    public String targetName() {
        return taskId;
    }

    @Override
    public String describe() {
        return "stop task " + cluster + "/" + taskId;
    }
}
