package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.wire.JsonCodec;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Small helpers for building ECS answers: timestamps as instants (the codecs write epoch seconds), absent when unset. */
final class Json {
    private Json() {
    }

    static ObjectNode object() {
        return JsonCodec.MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return JsonCodec.MAPPER.createArrayNode();
    }

    /** Puts a sandbox-time timestamp; 0 means "not happened yet" and leaves the member out, as AWS does. */
    static void time(ObjectNode node, String field, long millis) {
        if (millis > 0) {
            node.putPOJO(field, Instant.ofEpochMilli(millis));
        }
    }

    static ArrayNode strings(Collection<String> values) {
        ArrayNode out = array();
        values.forEach(out::add);
        return out;
    }

    /** A list of {@code {name, value}} pairs, the KeyValuePair shape. */
    static ArrayNode nameValues(Map<String, String> pairs) {
        ArrayNode out = array();
        pairs.forEach((k, v) -> out.addObject().put("name", k).put("value", v));
        return out;
    }
}
