package dev.berth.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;

/** awsJson 1.0 / 1.1 bodies: timestamps as epoch seconds, errors as {@code __type} + {@code message}. */
public final class JsonCodec {
    public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(
            new SimpleModule().addSerializer(Instant.class, new EpochSecondsSerializer()));

    private JsonCodec() {
    }

    public static JsonNode decode(byte[] body) {
        if (body.length == 0) {
            return MAPPER.createObjectNode();
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                return MAPPER.createObjectNode();
            }
            if (!node.isObject()) {
                throw AwsException.client("SerializationException", "Request body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw AwsException.client("SerializationException",
                    "Unable to parse request body as JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] encode(JsonNode output) {
        try {
            return MAPPER.writeValueAsBytes(output == null ? MAPPER.createObjectNode() : output);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a response tree", e);
        }
    }

    public static byte[] encodeError(AwsException error) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("__type", error.type());
        body.put("message", error.getMessage());
        return encode(body);
    }

    /** Epoch seconds with millisecond precision, as AWS JSON services answer. */
    static double epochSeconds(Instant t) {
        return BigDecimal.valueOf(t.toEpochMilli()).movePointLeft(3).doubleValue();
    }

    private static final class EpochSecondsSerializer extends StdSerializer<Instant> {
        EpochSecondsSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(epochSeconds(value));
        }
    }
}
