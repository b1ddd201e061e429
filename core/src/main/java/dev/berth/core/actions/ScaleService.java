package dev.berth.core.actions;

/** Set a service's desired count. */
public record ScaleService(String cluster, String service, int desiredCount) implements ActionRequest {
    /** ECS's own ceiling on a service's desired count. */
    public static final int MAX_DESIRED = 5_000;

    public ScaleService {
        if (desiredCount < 0 || desiredCount > MAX_DESIRED) {
            throw new ActionRefused("desired count must be between 0 and " + MAX_DESIRED + ", got " + desiredCount);
        }
    }

    /** Reads a desired count as a person typed it; anything but a whole number in range is refused. */
    public static ScaleService parse(String cluster, String service, String typed) {
        String t = typed == null ? "" : typed.trim();
        if (!t.matches("\\d{1,9}")) {
            throw new ActionRefused("desired count must be a whole number from 0 to " + MAX_DESIRED + ", got '" + t + "'");
        }
        return new ScaleService(cluster, service, Integer.parseInt(t));
    }

    @Override
    public String targetName() {
        return service;
    }

    @Override
    public String describe() {
        return "scale " + cluster + "/" + service + " to " + desiredCount;
    }
}
