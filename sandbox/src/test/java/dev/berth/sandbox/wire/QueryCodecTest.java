package dev.berth.sandbox.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QueryCodecTest {

    @Test
    void nestedListsOfStructuresBecomeArraysOfObjects() {
        JsonNode tree = QueryCodec.toTree(QueryCodec.parseForm("Action=GetMetricData&Version=2010-08-01"
                + "&MetricDataQueries.member.1.Id=m1"
                + "&MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.2.Value=b"
                + "&MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Name=Service"
                + "&MetricDataQueries.member.2.Expression=m1%2A2"
                + "&Statistics.member.1=Sum&Statistics.member.2=Average"));
        assertThat(tree.has("Action")).isFalse();
        JsonNode queries = tree.get("MetricDataQueries");
        assertThat(queries).hasSize(2);
        assertThat(queries.get(0).get("Id").asText()).isEqualTo("m1");
        JsonNode dims = queries.get(0).get("MetricStat").get("Metric").get("Dimensions");
        assertThat(dims.get(0).get("Name").asText()).isEqualTo("Service");
        assertThat(dims.get(1).get("Value").asText()).isEqualTo("b");
        assertThat(queries.get(1).get("Expression").asText()).isEqualTo("m1*2");
        assertThat(tree.get("Statistics")).extracting(JsonNode::asText).containsExactly("Sum", "Average");
    }

    @Test
    void brokenFormsAndIndexesAreClientErrors() {
        assertThatThrownBy(() -> QueryCodec.parseForm("Namespace=%zz"))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("MalformedQueryString"));
        assertThatThrownBy(() -> QueryCodec.toTree(QueryCodec.parseForm("A.member.0=x")))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void listsAreMembersMapsAreEntriesAndTimestampsAreIso() {
        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        out.put("Label", "a<b");
        out.putArray("Values").add(1.5).add(2.0);
        ObjectNode point = out.putArray("Datapoints").addObject();
        point.set("Timestamp", new POJONode(Instant.parse("2026-01-02T03:04:05Z")));
        MapNode extended = new MapNode();
        extended.put("p99", 9.0);
        point.set("ExtendedStatistics", extended);
        out.putNull("Skipped");
        String xml = new String(QueryCodec.encode("GetMetricStatistics", "http://ns/", out, "req-1"), StandardCharsets.UTF_8);
        assertThat(xml).isEqualTo("<GetMetricStatisticsResponse xmlns=\"http://ns/\"><GetMetricStatisticsResult>"
                + "<Label>a&lt;b</Label><Values><member>1.5</member><member>2.0</member></Values>"
                + "<Datapoints><member><Timestamp>2026-01-02T03:04:05Z</Timestamp>"
                + "<ExtendedStatistics><entry><key>p99</key><value>9.0</value></entry></ExtendedStatistics>"
                + "</member></Datapoints></GetMetricStatisticsResult>"
                + "<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></GetMetricStatisticsResponse>");
    }

    @Test
    void errorsCarryTheQueryCodeTheFaultAndTheNamespace() {
        AwsException e = new AwsException("InvalidParameterValue", "InvalidParameterValueException", 400, "bad & worse");
        String xml = new String(QueryCodec.encodeError(e, "http://monitoring.amazonaws.com/doc/2010-08-01/", "r"),
                StandardCharsets.UTF_8);
        assertThat(xml).isEqualTo("<ErrorResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\"><Error>"
                + "<Type>Sender</Type><Code>InvalidParameterValue</Code><Message>bad &amp; worse</Message></Error>"
                + "<RequestId>r</RequestId></ErrorResponse>");
        assertThat(new String(QueryCodec.encodeError(new AwsException("Boom", 500, "x"), null, "r"), StandardCharsets.UTF_8))
                .startsWith("<ErrorResponse><Error><Type>Receiver</Type>");
    }
}
