package dev.berth.core.actions;

/** Move a service to another task-definition revision ({@code family:revision} or ARN). */
public record ChangeRevision(String cluster, String service, String taskDefinition) implements ActionRequest {
    public ChangeRevision {
        if (taskDefinition == null || taskDefinition.isBlank()) {
            throw new ActionRefused("choose a task definition revision");
        }
    }

    @Override
    public String targetName() {
        return service;
    }

    @Override
    public String describe() {
        return "change " + cluster + "/" + service + " to " + taskDefinition;
    }
}
