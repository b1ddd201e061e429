package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.berth.sandbox.wire.Input;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** ECS resource tags: a list of {@code {key, value}} with AWS's limits. */
final class Tags {
    static final int MAX_TAGS = 50;

    private Tags() {
    }

    /** Reads a {@code tags} list; null when the member is absent. */
    static Map<String, String> read(Input in, String field) {
        if (!in.has(field)) {
            return null;
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (Input tag : in.list(field)) {
            String key = tag.string("key");
            if (key == null || key.isEmpty() || key.length() > 128) {
                throw in.invalid("Tag keys must be between 1 and 128 characters.");
            }
            if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
                throw in.invalid("Tag keys starting with 'aws:' are reserved.");
            }
            String value = tag.string("value", "");
            if (value.length() > 256) {
                throw in.invalid("Tag values must be at most 256 characters.");
            }
            tags.put(key, value);
        }
        if (tags.size() > MAX_TAGS) {
            throw in.invalid("tags can have at most " + MAX_TAGS + " items.");
        }
        return tags;
    }

    static ArrayNode toJson(Map<String, String> tags) {
        ArrayNode out = Json.array();
        if (tags != null) {
            tags.forEach((k, v) -> out.addObject().put("key", k).put("value", v));
        }
        return out;
    }
}
