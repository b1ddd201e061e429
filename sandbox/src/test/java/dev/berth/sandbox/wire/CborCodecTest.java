package dev.berth.sandbox.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CborCodecTest {

    @Test
    void timestampsAreTaggedEpochSecondsAndNullsAreLeftOut() throws IOException {
        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        out.set("When", new POJONode(Instant.parse("2026-01-02T03:04:05.250Z")));
        out.putNull("Nothing");
        out.put("Count", 3);
        byte[] cbor = CborCodec.encode(out);
        try (CBORParser p = new CBORFactory().createParser(cbor)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            assertThat(p.nextFieldName()).isEqualTo("When");
            assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_FLOAT);
            assertThat(p.getCurrentTag()).isEqualTo(1);
            assertThat(p.getDoubleValue()).isEqualTo(1767323045.25);
            assertThat(p.nextFieldName()).isEqualTo("Count");
            assertThat(p.nextIntValue(0)).isEqualTo(3);
            assertThat(p.nextToken()).isEqualTo(JsonToken.END_OBJECT);
        }
    }

    @Test
    void errorsNameTheModeledType() {
        JsonNode body = CborCodec.decode(CborCodec.encodeError(
                new AwsException("MissingParameter", "MissingRequiredParameterException", 400, "The parameter X is required.")));
        assertThat(body.get("__type").asText()).isEqualTo("MissingRequiredParameterException");
        assertThat(body.get("message").asText()).isEqualTo("The parameter X is required.");
    }

    @Test
    void onlyMapsAreRequests() {
        assertThat(CborCodec.decode(new byte[0]).isObject()).isTrue();
        assertThatThrownBy(() -> CborCodec.decode(new byte[] {0x01}))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("SerializationException"));
    }
}
