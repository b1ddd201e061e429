package dev.berth.core.actions;

/** Force a new deployment of the same revision (fresh tasks, same definition). */
public record RedeployService(String cluster, String service) implements ActionRequest {
    @Override
    public String targetName() {
        return service;
    }

    @Override
    public String describe() {
        return "redeploy " + cluster + "/" + service;
    }
}
