package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.wire.Input;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A capacity provider strategy ({@code [{capacityProvider, weight, base}]}) as a request or the
 * cluster's default gives it, and the provider each task lands on: FARGATE or FARGATE_SPOT, each
 * provider's base first, then by weight.
 */
record CapacityProviderStrategy(JsonNode items) {

    /** The request's strategy, else the cluster's default when no launchType was named, else none (null). */
    static CapacityProviderStrategy requested(Input in, Cluster cluster) {
        if (in.has("capacityProviderStrategy")) {
            JsonNode items = in.node().get("capacityProviderStrategy").deepCopy();
            for (JsonNode item : items) {
                String provider = item.path("capacityProvider").asText("");
                if (!provider.equals("FARGATE") && !provider.equals("FARGATE_SPOT")) {
                    throw in.invalid("The sandbox simulates the FARGATE and FARGATE_SPOT capacity providers, not '" + provider + "'.");
                }
                // ECS answers every item with its weight and base, 0 where the request left them out.
                ((ObjectNode) item).put("weight", item.path("weight").asInt(0)).put("base", item.path("base").asInt(0));
            }
            return items.isEmpty() ? null : new CapacityProviderStrategy(items);
        }
        if (!in.has("launchType") && !cluster.defaultCapacityProviderStrategy.isEmpty()) {
            return new CapacityProviderStrategy(cluster.defaultCapacityProviderStrategy);
        }
        return null;
    }

    /**
     * The provider of the next task: one whose base the live tasks ({@code live}, per provider) do
     * not yet fill, else drawn by weight (the first provider when no weight is set).
     */
    String pick(SplittableRandom random, Map<String, Integer> live) {
        for (JsonNode item : items) {
            String provider = item.path("capacityProvider").asText();
            if (live.getOrDefault(provider, 0) < item.path("base").asInt(0)) {
                return provider;
            }
        }
        int total = 0;
        for (JsonNode item : items) {
            total += item.path("weight").asInt(0);
        }
        if (total == 0) {
            return items.get(0).path("capacityProvider").asText();
        }
        int draw = random.nextInt(total);
        for (JsonNode item : items) {
            draw -= item.path("weight").asInt(0);
            if (draw < 0) {
                return item.path("capacityProvider").asText();
            }
        }
        return items.get(0).path("capacityProvider").asText();
    }
}
