package dev.berth.sandbox.ecs;

import dev.berth.sandbox.metrics.Datapoint;
import dev.berth.sandbox.metrics.MetricId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.berth.sandbox.knobs.ControlApi;
import dev.berth.sandbox.metrics.MetricStore;
import dev.berth.sandbox.sim.World;
import java.time.Instant;
import java.util.NavigableMap;

/**
 * Read-only views of what the control plane wrote, for tests and benchmarks to check the stores
 * against (each takes {@code ?region=NAME}, default the home region):
 * <ul>
 *   <li>{@code GET /_sandbox/ecs/log-streams}: every awslogs stream written, its line count and last line</li>
 *   <li>{@code GET /_sandbox/ecs/metrics}: every AWS/ECS and ECS/ContainerInsights series in the metric store,
 *       with its datapoint count, first and last timestamp and last average</li>
 * </ul>
 */
public final class GroundTruth {
    private GroundTruth() {
    }

    public static void register(ControlApi control, World world) {
        control.addView("ecs/log-streams", exchange -> world.region(region(exchange, world)).ecs().logTruth());
        control.addView("ecs/metrics", exchange -> metrics(world.region(region(exchange, world)).metrics()));
    }

    private static JsonNode metrics(MetricStore store) {
        ArrayNode out = Json.array();
        for (MetricId id : store.metrics()) {
            if (!id.namespace().equals(UtilizationMetrics.NAMESPACE) && !id.namespace().equals(UtilizationMetrics.INSIGHTS)) {
                continue;
            }
            NavigableMap<Instant, Datapoint> points = store.range(id, Instant.EPOCH, Instant.MAX);
            if (points.isEmpty()) {
                continue;
            }
            ObjectNode row = out.addObject();
            row.put("namespace", id.namespace());
            row.put("metricName", id.name());
            ObjectNode dims = row.putObject("dimensions");
            id.dimensions().forEach(dims::put);
            row.put("datapoints", points.size());
            row.put("first", points.firstKey().toString());
            row.put("last", points.lastKey().toString());
            Datapoint last = points.lastEntry().getValue();
            row.put("lastAverage", last.sum() / last.count());
            row.put("unit", last.unit());
        }
        return out;
    }

    private static String region(HttpExchange exchange, World world) {
        String query = exchange.getRequestURI().getQuery();
        if (query != null) {
            for (String part : query.split("&")) {
                if (part.startsWith("region=")) {
                    return part.substring("region=".length());
                }
            }
        }
        return world.options().region();
    }
}
