package dev.berth.core.actions;

/** Set autoscaling min and max capacity of a service. */
public record SetScalingBounds(String cluster, String service, int min, int max) implements ActionRequest {
    public SetScalingBounds {
        if (min < 0 || max < 0 || min > max || max > ScaleService.MAX_DESIRED) {
            throw new ActionRefused("autoscaling bounds need 0 <= min <= max <= " + ScaleService.MAX_DESIRED
                    + ", got min " + min + ", max " + max);
        }
    }

    @Override
    public String targetName() {
        return service;
    }

    @Override
    public String describe() {
        return "set autoscaling of " + cluster + "/" + service + " to " + min + ".." + max;
    }
}
