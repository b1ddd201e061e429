package dev.berth.sandbox.discovery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.wire.JsonCodec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A registered instance of a Cloud Map service: its attributes (address, port, and what ECS adds)
 * and the health last reported for it. ECS registers a task under the task's id.
 */
final class Instance {
    final String id;
    final Map<String, String> attributes;
    /** The idempotency token of the RegisterInstance call, or null for instances ECS registered. */
    final String creatorRequestId;
    /** HEALTHY, UNHEALTHY, or UNKNOWN for services without health checking. */
    String health;

    Instance(String id, Map<String, String> attributes, String health, String creatorRequestId) {
        this.id = id;
        this.creatorRequestId = creatorRequestId;
        this.attributes = new LinkedHashMap<>(attributes);
        this.health = health;
    }

    ObjectNode attributesJson() {
        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        attributes.forEach(out::put);
        return out;
    }
}
