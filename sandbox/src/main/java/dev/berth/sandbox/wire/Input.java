package dev.berth.sandbox.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads request members whatever the protocol delivered: JSON numbers or awsQuery text, CBOR epoch
 * seconds or ISO-8601 strings. Bad or missing values become the service's validation error, so a
 * handler never answers a 500 for a client's mistake.
 */
public final class Input {
    private final JsonNode node;
    private final String validationCode;

    public Input(JsonNode node, String validationCode) {
        this.node = node == null ? MissingNode.getInstance() : node;
        this.validationCode = validationCode;
    }

    public JsonNode node() {
        return node;
    }

    public boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    public String string(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    public String string(String field, String fallback) {
        String v = string(field);
        return v == null ? fallback : v;
    }

    public String requireString(String field) {
        String v = string(field);
        if (v == null || v.isEmpty()) {
            throw invalid(field + " is required.");
        }
        return v;
    }

    public Integer integer(String field) {
        Long v = longValue(field);
        if (v == null) {
            return null;
        }
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw invalid(field + " is out of range: " + v);
        }
        return v.intValue();
    }

    public int integer(String field, int fallback) {
        Integer v = integer(field);
        return v == null ? fallback : v;
    }

    public Long longValue(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isTextual()) {
            try {
                return Long.parseLong(v.asText().trim());
            } catch (NumberFormatException e) {
                throw invalid(field + " must be an integer, got '" + v.asText() + "'");
            }
        }
        throw invalid(field + " must be an integer");
    }

    public Double number(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isTextual()) {
            try {
                return Double.parseDouble(v.asText().trim());
            } catch (NumberFormatException e) {
                throw invalid(field + " must be a number, got '" + v.asText() + "'");
            }
        }
        throw invalid(field + " must be a number");
    }

    public Boolean bool(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        String t = v.asText();
        if ("true".equalsIgnoreCase(t) || "false".equalsIgnoreCase(t)) {
            return Boolean.parseBoolean(t);
        }
        throw invalid(field + " must be true or false");
    }

    public boolean bool(String field, boolean fallback) {
        Boolean v = bool(field);
        return v == null ? fallback : v;
    }

    /** A timestamp sent as epoch seconds (JSON, CBOR) or as ISO-8601 text (awsQuery, some CLIs). */
    public Instant instant(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return epochSeconds(v.asDouble());
        }
        String t = v.asText().trim();
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            try {
                return epochSeconds(Double.parseDouble(t));
            } catch (NumberFormatException e2) {
                try {
                    return java.time.OffsetDateTime.parse(t).toInstant();
                } catch (DateTimeParseException e3) {
                    throw invalid(field + " is not a timestamp: '" + t + "'");
                }
            }
        }
    }

    private static Instant epochSeconds(double seconds) {
        long whole = (long) Math.floor(seconds);
        long nanos = Math.round((seconds - whole) * 1_000_000_000L);
        return Instant.ofEpochSecond(whole, nanos);
    }

    public Input object(String field) {
        return new Input(node.get(field), validationCode);
    }

    /** Members of a list; missing, null or the awsQuery empty-list marker ("") give an empty list. */
    public List<Input> list(String field) {
        JsonNode v = node.get(field);
        List<Input> out = new ArrayList<>();
        if (v == null || !v.isArray()) {
            if (v != null && v.isObject()) {
                throw invalid(field + " must be a list");
            }
            return out;
        }
        for (JsonNode item : v) {
            out.add(new Input(item, validationCode));
        }
        return out;
    }

    public List<String> strings(String field) {
        List<String> out = new ArrayList<>();
        for (Input item : list(field)) {
            if (item.node.isContainerNode()) {
                throw invalid(field + " must be a list of strings");
            }
            out.add(item.node.asText());
        }
        return out;
    }

    /** This node's own scalar text (for list members). */
    public String text() {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    public AwsException invalid(String message) {
        return AwsException.client(validationCode, message);
    }
}
