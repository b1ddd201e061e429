package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.wire.Input;

/**
 * How a service rolls: the percent bounds and the deployment circuit breaker.
 *
 * @param alarms the deployment alarms as the client sent them (kept and answered, not evaluated), or null
 */
record DeploymentConfiguration(int maximumPercent, int minimumHealthyPercent, boolean circuitBreaker, boolean rollback,
                               JsonNode alarms) {

    static final DeploymentConfiguration DEFAULT = new DeploymentConfiguration(200, 100, false, false, null);

    /** The configuration after applying a request's {@code deploymentConfiguration} (absent members keep {@code base}). */
    static DeploymentConfiguration read(Input in, DeploymentConfiguration base) {
        if (!in.has("deploymentConfiguration")) {
            return base;
        }
        Input c = in.object("deploymentConfiguration");
        int max = c.integer("maximumPercent", base.maximumPercent);
        int min = c.integer("minimumHealthyPercent", base.minimumHealthyPercent);
        if (max < 100 || max > 200) {
            throw in.invalid("maximumPercent must be between 100 and 200.");
        }
        if (min < 0 || min > 100) {
            throw in.invalid("minimumHealthyPercent must be between 0 and 100.");
        }
        String strategy = c.string("strategy", "ROLLING");
        if (!strategy.equals("ROLLING")) {
            throw in.invalid("The sandbox simulates ROLLING deployments only, not " + strategy + ".");
        }
        boolean breaker = base.circuitBreaker;
        boolean rollback = base.rollback;
        if (c.has("deploymentCircuitBreaker")) {
            Input b = c.object("deploymentCircuitBreaker");
            if (!b.has("enable") || !b.has("rollback")) {
                throw in.invalid("deploymentCircuitBreaker requires both enable and rollback.");
            }
            breaker = b.bool("enable", false);
            rollback = b.bool("rollback", false);
        }
        JsonNode alarms = c.has("alarms") ? c.node().get("alarms").deepCopy() : base.alarms;
        return new DeploymentConfiguration(max, min, breaker, rollback, alarms);
    }

    ObjectNode toJson() {
        ObjectNode out = Json.object();
        out.putObject("deploymentCircuitBreaker").put("enable", circuitBreaker).put("rollback", rollback);
        out.put("maximumPercent", maximumPercent);
        out.put("minimumHealthyPercent", minimumHealthyPercent);
        if (alarms != null) {
            out.set("alarms", alarms);
        }
        out.put("strategy", "ROLLING");
        return out;
    }

    /** The number of failed tasks that trips the breaker: half the desired count, at least 3, at most 200. */
    static int failureThreshold(int desiredCount) {
        return Math.max(3, Math.min(200, (int) Math.ceil(desiredCount * 0.5)));
    }
}
