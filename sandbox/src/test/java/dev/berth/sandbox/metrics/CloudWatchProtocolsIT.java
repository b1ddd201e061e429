package dev.berth.sandbox.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CloudWatch over the two protocols the Java SDK does not speak here: awsJson 1.0 and Smithy RPC
 * v2 CBOR (what botocore sends), with raw HTTP requests built as those clients build them.
 */
class CloudWatchProtocolsIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CBORMapper CBOR = new CBORMapper();
    private static final String TARGET = "GraniteServiceVersion20100801";
    private static final long MINUTE = Instant.now().truncatedTo(ChronoUnit.MINUTES).minusSeconds(600).getEpochSecond();
    private static Sandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("empty"));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static HttpResponse<byte[]> json10(String operation, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.endpoint() + "/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", TARGET + "." + operation)
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/monitoring/aws4_request, "
                        + "SignedHeaders=host, Signature=abc")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> cbor(String operation, byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.endpoint() + "/service/" + TARGET + "/operation/" + operation))
                .header("Content-Type", "application/cbor")
                .header("Accept", "application/cbor")
                .header("smithy-protocol", "rpc-v2-cbor")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void json10RoundTripsWithEpochSecondTimestamps() throws Exception {
        HttpResponse<byte[]> put = json10("PutMetricData", """
                {"Namespace":"Json10","MetricData":[
                  {"MetricName":"Hits","Timestamp":%d,"Value":3,"Unit":"Count"},
                  {"MetricName":"Hits","Timestamp":%d.5,"Value":5,"Unit":"Count"}]}""".formatted(MINUTE, MINUTE + 10));
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(put.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.0");

        HttpResponse<byte[]> stats = json10("GetMetricStatistics", """
                {"Namespace":"Json10","MetricName":"Hits","StartTime":%d,"EndTime":%d,"Period":60,
                 "Statistics":["Sum","SampleCount"]}""".formatted(MINUTE, MINUTE + 60));
        assertThat(stats.statusCode()).isEqualTo(200);
        JsonNode point = JSON.readTree(stats.body()).get("Datapoints").get(0);
        assertThat(point.get("Timestamp").isNumber()).isTrue();
        assertThat(point.get("Timestamp").asLong()).isEqualTo(MINUTE);
        assertThat(point.get("Sum").asDouble()).isEqualTo(8.0);
        assertThat(point.get("SampleCount").asDouble()).isEqualTo(2.0);
        assertThat(point.get("Unit").asText()).isEqualTo("Count");
    }

    @Test
    void json10ErrorsCarryTheModeledTypeAndTheQueryCode() throws Exception {
        HttpResponse<byte[]> r = json10("PutMetricData", "{\"Namespace\":\"AWS/ECS\",\"MetricData\":[{\"MetricName\":\"x\",\"Value\":1}]}");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("__type").asText()).isEqualTo("InvalidParameterValueException");
        assertThat(body.get("message").asText()).isEqualTo("The value AWS/ECS for parameter Namespace is invalid.");
        assertThat(r.headers().firstValue("x-amzn-query-error")).hasValue("InvalidParameterValue;Sender");

        HttpResponse<byte[]> broken = json10("ListMetrics", "{not json");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.0");
        assertThat(JSON.readTree(broken.body()).get("__type").asText()).isEqualTo("SerializationException");

        HttpResponse<byte[]> gmd = json10("GetMetricData", "{\"MetricDataQueries\":[],\"StartTime\":5,\"EndTime\":5}");
        assertThat(JSON.readTree(gmd.body()).get("__type").asText()).isEqualTo("ValidationException");
        assertThat(gmd.headers().firstValue("x-amzn-query-error")).hasValue("ValidationError;Sender");
    }

    @Test
    void cborRoundTripsWithTaggedTimestamps() throws Exception {
        HttpResponse<byte[]> put = cbor("PutMetricData", cborBody(g -> {
            g.writeStringField("Namespace", "Cbor");
            g.writeArrayFieldStart("MetricData");
            for (int i = 0; i < 3; i++) {
                g.writeStartObject();
                g.writeStringField("MetricName", "Latency");
                g.writeFieldName("Timestamp");
                g.writeTag(1);
                g.writeNumber((double) MINUTE + i * 60);
                g.writeFieldName("Value");
                g.writeNumber(10.0 * (i + 1));
                g.writeEndObject();
            }
            g.writeEndArray();
        }));
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(put.headers().firstValue("smithy-protocol")).hasValue("rpc-v2-cbor");
        assertThat(put.headers().firstValue("Content-Type")).hasValue("application/cbor");

        HttpResponse<byte[]> data = cbor("GetMetricData", cborBody(g -> {
            g.writeArrayFieldStart("MetricDataQueries");
            g.writeStartObject();
            g.writeStringField("Id", "lat");
            g.writeObjectFieldStart("MetricStat");
            g.writeObjectFieldStart("Metric");
            g.writeStringField("Namespace", "Cbor");
            g.writeStringField("MetricName", "Latency");
            g.writeEndObject();
            g.writeNumberField("Period", 60);
            g.writeStringField("Stat", "Average");
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeFieldName("StartTime");
            g.writeTag(1);
            g.writeNumber(MINUTE);
            g.writeFieldName("EndTime");
            g.writeTag(1);
            g.writeNumber(MINUTE + 180);
            g.writeStringField("ScanBy", "TimestampAscending");
        }));
        assertThat(data.statusCode()).isEqualTo(200);
        JsonNode result = CBOR.readTree(data.body()).get("MetricDataResults").get(0);
        assertThat(result.get("Id").asText()).isEqualTo("lat");
        assertThat(result.get("StatusCode").asText()).isEqualTo("Complete");
        assertThat(result.get("Values")).extracting(JsonNode::asDouble).containsExactly(10.0, 20.0, 30.0);
        List<Long> timestamps = new ArrayList<>();
        result.get("Timestamps").forEach(t -> timestamps.add(t.asLong()));
        assertThat(timestamps).containsExactly(MINUTE, MINUTE + 60, MINUTE + 120);
        assertThat(tagsBeforeNumbers(data.body())).as("every timestamp carries CBOR tag 1").isEqualTo(3);
    }

    @Test
    void cborMapsAndErrorsDecodeAsBotocoreExpects() throws Exception {
        cbor("PutMetricData", cborBody(g -> {
            g.writeStringField("Namespace", "CborMap");
            g.writeArrayFieldStart("MetricData");
            g.writeStartObject();
            g.writeStringField("MetricName", "Size");
            g.writeFieldName("Timestamp");
            g.writeTag(1);
            g.writeNumber(MINUTE);
            g.writeArrayFieldStart("Values");
            g.writeNumber(1.0);
            g.writeNumber(9.0);
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
        }));
        HttpResponse<byte[]> stats = cbor("GetMetricStatistics", cborBody(g -> {
            g.writeStringField("Namespace", "CborMap");
            g.writeStringField("MetricName", "Size");
            g.writeFieldName("StartTime");
            g.writeTag(1);
            g.writeNumber(MINUTE);
            g.writeFieldName("EndTime");
            g.writeTag(1);
            g.writeNumber(MINUTE + 60);
            g.writeNumberField("Period", 60);
            g.writeArrayFieldStart("ExtendedStatistics");
            g.writeString("p50");
            g.writeString("p99");
            g.writeEndArray();
        }));
        JsonNode extended = CBOR.readTree(stats.body()).get("Datapoints").get(0).get("ExtendedStatistics");
        assertThat(extended.get("p50").asDouble()).isEqualTo(1.0);
        assertThat(extended.get("p99").asDouble()).isEqualTo(9.0);

        HttpResponse<byte[]> error = cbor("GetMetricStatistics", cborBody(g -> g.writeStringField("Namespace", "x")));
        assertThat(error.statusCode()).isEqualTo(400);
        JsonNode body = CBOR.readTree(error.body());
        assertThat(body.get("__type").asText()).isEqualTo("MissingRequiredParameterException");
        assertThat(body.get("message").asText()).isEqualTo("The parameter MetricName is required.");
        assertThat(error.headers().firstValue("x-amzn-query-error")).hasValue("MissingParameter;Sender");
        assertThat(error.headers().firstValue("smithy-protocol")).hasValue("rpc-v2-cbor");

        HttpResponse<byte[]> unknown = cbor("LaunchRockets", cborBody(g -> { }));
        assertThat(CBOR.readTree(unknown.body()).get("__type").asText()).isEqualTo("UnknownOperationException");
        HttpResponse<byte[]> garbage = cbor("ListMetrics", new byte[] {(byte) 0xff, 0x01});
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(CBOR.readTree(garbage.body()).get("__type").asText()).isEqualTo("SerializationException");
    }

    @Test
    void gzippedQueryBodiesAreAccepted() throws Exception {
        String form = "Action=PutMetricData&Version=2010-08-01&Namespace=Gzip"
                + "&MetricData.member.1.MetricName=Zipped&MetricData.member.1.Value=7";
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(form.getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.endpoint() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zipped.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(put.body()).startsWith("<PutMetricDataResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\">");
        HttpResponse<String> list = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.endpoint()
                        + "/?Action=ListMetrics&Version=2010-08-01&Namespace=Gzip")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(list.body()).contains("<MetricName>Zipped</MetricName>");

        HttpResponse<String> notGzip = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.endpoint() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(notGzip.statusCode()).isEqualTo(400);
        assertThat(notGzip.body()).contains("<Code>MalformedContentEncoding</Code>");
    }

    /** Counts tag-1 items in a CBOR document, to see that timestamps are tagged as Smithy RPC v2 says. */
    private static int tagsBeforeNumbers(byte[] body) throws IOException {
        int tags = 0;
        try (CBORParser p = new CBORFactory().createParser(body)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t.isNumeric() && p.getCurrentTag() == 1) {
                    tags++;
                }
            }
        }
        return tags;
    }

    private interface CborWriter {
        void write(CBORGenerator g) throws IOException;
    }

    private static byte[] cborBody(CborWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CBORGenerator g = new CBORFactory().createGenerator(out)) {
            g.writeStartObject();
            writer.write(g);
            g.writeEndObject();
        }
        return out.toByteArray();
    }
}
