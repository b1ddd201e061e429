package dev.berth.sandbox.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/**
 * Smithy RPC v2 CBOR bodies. Timestamps go out as CBOR tag 1 (epoch seconds); incoming tagged
 * timestamps arrive in the tree as plain numbers, which {@link Input#instant} reads.
 */
public final class CborCodec {
    private static final CBORMapper MAPPER = new CBORMapper();
    private static final CBORFactory FACTORY = MAPPER.getFactory();

    private CborCodec() {
    }

    public static JsonNode decode(byte[] body) {
        if (body.length == 0) {
            return JsonCodec.MAPPER.createObjectNode();
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw AwsException.client("SerializationException", "Request body must be a CBOR map");
            }
            return node;
        } catch (IOException e) {
            throw AwsException.client("SerializationException", "Unable to parse request body as CBOR");
        }
    }

    public static byte[] encode(JsonNode output) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (CBORGenerator gen = FACTORY.createGenerator(bytes)) {
            write(gen, output == null ? JsonCodec.MAPPER.createObjectNode() : output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] encodeError(AwsException error) {
        ObjectNode body = JsonCodec.MAPPER.createObjectNode();
        body.put("__type", error.type());
        body.put("message", error.getMessage());
        return encode(body);
    }

    private static void write(CBORGenerator gen, JsonNode node) throws IOException {
        if (node instanceof POJONode pojo && pojo.getPojo() instanceof Instant t) {
            gen.writeTag(1);
            gen.writeNumber(JsonCodec.epochSeconds(t));
        } else if (node.isObject()) {
            gen.writeStartObject();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getValue().isNull()) {
                    continue;
                }
                gen.writeFieldName(field.getKey());
                write(gen, field.getValue());
            }
            gen.writeEndObject();
        } else if (node.isArray()) {
            gen.writeStartArray();
            for (JsonNode item : node) {
                write(gen, item);
            }
            gen.writeEndArray();
        } else {
            MAPPER.writeTree(gen, node);
        }
    }
}
