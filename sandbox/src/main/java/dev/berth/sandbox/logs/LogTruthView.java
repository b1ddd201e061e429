package dev.berth.sandbox.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.JsonCodec;
import dev.berth.sandbox.wire.QueryCodec;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code GET /_sandbox/logs/truth?group=G[&stream=S][&from=MILLIS][&to=MILLIS][&region=R]}: what the
 * sandbox stored, for benchmarks to compare with what a client saw. Answers the event count and
 * the event ids (as FilterLogEvents gives them) with timestamps in [from, to), in time order, plus
 * per stream how many events it holds and how many it dropped to its size cap.
 */
public final class LogTruthView implements Function<HttpExchange, JsonNode> {
    public static final String PATH = "logs/truth";
    private final World world;

    public LogTruthView(World world) {
        this.world = world;
    }

    @Override
    public JsonNode apply(HttpExchange exchange) {
        Map<String, String> q = QueryCodec.parseForm(exchange.getRequestURI().getRawQuery());
        String group = q.get("group");
        if (group == null || group.isEmpty()) {
            throw new IllegalArgumentException("say which log group: /_sandbox/" + PATH + "?group=NAME[&stream=S&from=MILLIS&to=MILLIS]");
        }
        String region = q.getOrDefault("region", world.options().region());
        String stream = q.get("stream");
        long from = millis(q, "from", 0);
        long to = millis(q, "to", Long.MAX_VALUE);
        LogStore logs = world.region(region).logs();
        if (!logs.hasGroup(group)) {
            throw new IllegalArgumentException("no log group '" + group + "' in " + region);
        }
        long watermark = logs.watermark();
        StreamSelector selector = stream == null ? StreamSelector.ALL : new StreamSelector(List.of(stream), null);
        List<FoundEvent> events = logs.scan(group, selector, from, to, EventPosition.BEFORE_ALL, watermark, Integer.MAX_VALUE);

        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        out.put("region", region);
        out.put("group", group);
        if (stream != null) {
            out.put("stream", stream);
        }
        out.put("from", from);
        out.put("to", to);
        out.put("watermark", watermark);
        out.put("count", events.size());
        ObjectNode streams = out.putObject("streams");
        logs.counts(group).forEach((name, c) -> {
            if (stream == null || stream.equals(name)) {
                streams.putObject(name).put("stored", c.stored()).put("dropped", c.dropped());
            }
        });
        ArrayNode ids = out.putArray("eventIds");
        events.forEach(e -> ids.add(e.event().eventId()));
        return out;
    }

    private static long millis(Map<String, String> q, String name, long fallback) {
        String v = q.get(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be epoch milliseconds, got '" + v + "'");
        }
    }
}
