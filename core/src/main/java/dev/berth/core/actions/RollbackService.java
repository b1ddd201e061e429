package dev.berth.core.actions;

/** Move a service back to the revision it ran before the current one. */
public record RollbackService(String cluster, String service) implements ActionRequest {
    @Override
    public String targetName() {
        return service;
    }

    @Override
    public String describe() {
        return "roll back " + cluster + "/" + service;
    }
}
