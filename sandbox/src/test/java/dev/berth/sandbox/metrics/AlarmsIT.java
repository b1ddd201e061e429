package dev.berth.sandbox.metrics;

import static dev.berth.sandbox.metrics.MetricsIT.assertCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxClients;
import dev.berth.sandbox.SandboxControl;
import dev.berth.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.AlarmType;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmRequest;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/**
 * Metric alarms: stored per region, described with filters, and moving between OK, ALARM and
 * INSUFFICIENT_DATA as data arrives and sandbox time passes (advanced through the control API).
 */
class AlarmsIT {
    private static Sandbox sandbox;
    private static CloudWatchClient cw;
    private static SandboxControl control;
    private static final Dimension SERVICE = Dimension.builder().name("ServiceName").value("web").build();

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("empty"));
        cw = new SandboxClients(sandbox.endpoint()).cloudWatch();
        control = new SandboxControl(sandbox.endpoint());
    }

    @AfterAll
    static void stop() {
        cw.close();
        sandbox.close();
    }

    private static Consumer<PutMetricAlarmRequest.Builder> cpuAbove(String name, String namespace, double threshold) {
        return b -> b.alarmName(name).namespace(namespace).metricName("CPUUtilization").dimensions(SERVICE)
                .statistic(Statistic.AVERAGE).period(60).evaluationPeriods(1).threshold(threshold)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                .alarmActions("arn:aws:sns:us-east-1:123456789012:pager");
    }

    /** Puts a value at the current sandbox time (no Timestamp: CloudWatch stamps it on arrival). */
    private static void cpu(String namespace, double value) {
        cw.putMetricData(b -> b.namespace(namespace).metricData(MetricDatum.builder().metricName("CPUUtilization")
                .dimensions(SERVICE).value(value).unit("Percent").build()));
    }

    private static MetricAlarm alarm(String name) {
        return cw.describeAlarms(b -> b.alarmNames(name)).metricAlarms().getFirst();
    }

    private static MetricAlarm awaitState(String name, StateValue state) {
        await().atMost(Duration.ofSeconds(5)).until(() -> alarm(name).stateValue() == state);
        return alarm(name);
    }

    @Test
    void newAlarmIsDescribedAsDefinedAndStartsWithInsufficientData() {
        cw.putMetricAlarm(cpuAbove("fresh", "Fresh", 80).andThen(b -> b.alarmDescription("CPU too high").unit("Percent")));
        MetricAlarm a = alarm("fresh");
        assertThat(a.alarmArn()).isEqualTo("arn:aws:cloudwatch:us-east-1:123456789012:alarm:fresh");
        assertThat(a.alarmDescription()).isEqualTo("CPU too high");
        assertThat(a.stateValue()).isEqualTo(StateValue.INSUFFICIENT_DATA);
        assertThat(a.stateReason()).isEqualTo("Unchecked: Initial alarm creation");
        assertThat(a.metricName()).isEqualTo("CPUUtilization");
        assertThat(a.namespace()).isEqualTo("Fresh");
        assertThat(a.dimensions()).containsExactly(SERVICE);
        assertThat(a.statistic()).isEqualTo(Statistic.AVERAGE);
        assertThat(a.period()).isEqualTo(60);
        assertThat(a.evaluationPeriods()).isEqualTo(1);
        assertThat(a.datapointsToAlarm()).isEqualTo(1);
        assertThat(a.threshold()).isEqualTo(80.0);
        assertThat(a.comparisonOperator()).isEqualTo(ComparisonOperator.GREATER_THAN_THRESHOLD);
        assertThat(a.alarmActions()).containsExactly("arn:aws:sns:us-east-1:123456789012:pager");
        assertThat(a.actionsEnabled()).isTrue();
        assertThat(a.alarmConfigurationUpdatedTimestamp()).isNotNull();
        assertThat(a.stateUpdatedTimestamp()).isNotNull();
    }

    @Test
    void alarmGoesToAlarmThenBackToOkThenToInsufficientDataAsDataComesAndGoes() throws Exception {
        cw.putMetricAlarm(cpuAbove("cycle", "Cycle", 80));
        cpu("Cycle", 95);
        control.advanceClock(60);
        MetricAlarm alarmed = awaitState("cycle", StateValue.ALARM);
        assertThat(alarmed.stateReason()).startsWith("Threshold Crossed: 1 datapoint [95.0 (")
                .endsWith(")] was greater than the threshold (80.0).");
        JsonNode data = new ObjectMapper().readTree(alarmed.stateReasonData());
        assertThat(data.get("recentDatapoints").get(0).asDouble()).isEqualTo(95.0);
        assertThat(data.get("threshold").asDouble()).isEqualTo(80.0);
        assertThat(alarmed.stateTransitionedTimestamp()).isEqualTo(alarmed.stateUpdatedTimestamp());

        cpu("Cycle", 20);
        cpu("Cycle", 30);
        control.advanceClock(60);
        MetricAlarm ok = awaitState("cycle", StateValue.OK);
        assertThat(ok.stateReason()).contains("[25.0 (").contains("was not greater than the threshold (80.0)");
        assertThat(ok.stateUpdatedTimestamp()).isAfter(alarmed.stateUpdatedTimestamp());

        control.advanceClock(60);
        assertThat(awaitState("cycle", StateValue.INSUFFICIENT_DATA).stateReason())
                .isEqualTo("Insufficient Data: 1 datapoint was unknown.");
    }

    @Test
    void missingDataCanCountAsBreachingOrNotBreaching() {
        cw.putMetricAlarm(cpuAbove("silent-bad", "Silent", 80).andThen(b -> b.treatMissingData("breaching")));
        cw.putMetricAlarm(cpuAbove("silent-good", "Silent", 80).andThen(b -> b.treatMissingData("notBreaching")));
        control.advanceClock(60);
        awaitState("silent-bad", StateValue.ALARM);
        awaitState("silent-good", StateValue.OK);
        assertThat(alarm("silent-good").treatMissingData()).isEqualTo("notBreaching");
    }

    @Test
    void mOutOfNNeedsEnoughBreachingDatapoints() {
        cw.putMetricAlarm(cpuAbove("two-of-three", "MofN", 50).andThen(b -> b.evaluationPeriods(3).datapointsToAlarm(2)));
        cpu("MofN", 90);
        control.advanceClock(60);
        awaitState("two-of-three", StateValue.OK);
        cpu("MofN", 10);
        control.advanceClock(60);
        cpu("MofN", 99);
        control.advanceClock(60);
        MetricAlarm a = awaitState("two-of-three", StateValue.ALARM);
        assertThat(a.stateReason()).startsWith("Threshold Crossed: 2 out of the last 3 datapoints [")
                .endsWith("were greater than the threshold (50.0) (minimum 2 datapoints for OK -> ALARM transition).");
    }

    @Test
    void alarmsOnMetricMathCompareTheReturnedExpression() {
        cw.putMetricAlarm(b -> b.alarmName("doubled").evaluationPeriods(1).threshold(100.0)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .metrics(MetricDataQuery.builder().id("m1").returnData(false).metricStat(s -> s.period(60).stat("Maximum")
                                .metric(m -> m.namespace("Math").metricName("CPUUtilization").dimensions(SERVICE))).build(),
                        MetricDataQuery.builder().id("e1").expression("m1 * 2").label("twice").returnData(true).build()));
        cpu("Math", 50);
        control.advanceClock(60);
        MetricAlarm a = awaitState("doubled", StateValue.ALARM);
        assertThat(a.metricName()).isNull();
        assertThat(a.metrics()).extracting(MetricDataQuery::id).containsExactly("m1", "e1");
        assertThat(a.metrics().getFirst().metricStat().stat()).isEqualTo("Maximum");
        assertThat(a.stateReason()).contains("[100.0 (");
    }

    @Test
    void describeAlarmsFiltersAndPages() {
        IntStream.range(0, 7).forEach(i -> cw.putMetricAlarm(cpuAbove(String.format("page-%02d", i), "Pages", 80)
                .andThen(b -> b.alarmActions(i % 2 == 0 ? "arn:aws:sns:us-east-1:123456789012:even" : "arn:aws:autoscaling:odd"))));
        List<String> names = cw.describeAlarmsPaginator(b -> b.alarmNamePrefix("page-").maxRecords(3)).metricAlarms()
                .stream().map(MetricAlarm::alarmName).toList();
        assertThat(names).containsExactly("page-00", "page-01", "page-02", "page-03", "page-04", "page-05", "page-06");
        assertThat(cw.describeAlarms(b -> b.alarmNamePrefix("page-").actionPrefix("arn:aws:sns")).metricAlarms()).hasSize(4);
        assertThat(cw.describeAlarms(b -> b.alarmNames("page-03", "page-05", "nothing")).metricAlarms())
                .extracting(MetricAlarm::alarmName).containsExactly("page-03", "page-05");
        assertThat(cw.describeAlarms(b -> b.alarmNamePrefix("page-").stateValue(StateValue.ALARM)).metricAlarms()).isEmpty();
        assertThat(cw.describeAlarms(b -> b.alarmNamePrefix("page-").stateValue(StateValue.INSUFFICIENT_DATA))
                .metricAlarms()).hasSize(7);
        var composites = cw.describeAlarms(b -> b.alarmNamePrefix("page-").alarmTypes(AlarmType.COMPOSITE_ALARM));
        assertThat(composites.metricAlarms()).isEmpty();
        assertThat(composites.compositeAlarms()).isEmpty();
        assertCode(() -> cw.describeAlarms(b -> b.alarmNames("a").alarmNamePrefix("a")), "InvalidParameterCombination");
        assertCode(() -> cw.describeAlarms(b -> b.maxRecords(101)), "InvalidParameterValue");
    }

    @Test
    void alarmsLiveInTheirRegion() {
        cw.putMetricAlarm(cpuAbove("regional", "Regional", 80));
        try (CloudWatchClient west = new SandboxClients(sandbox.endpoint())
                .inRegion(software.amazon.awssdk.regions.Region.EU_WEST_1).cloudWatch()) {
            assertThat(west.describeAlarms(b -> b.alarmNames("regional")).metricAlarms()).isEmpty();
        }
        assertThat(cw.describeAlarms(b -> b.alarmNames("regional")).metricAlarms()).hasSize(1);
    }

    @Test
    void putMetricAlarmRefusesWhatCloudWatchRefuses() {
        assertCode(() -> cw.putMetricAlarm(cpuAbove("bad", "Bad", 1).andThen(b -> b.threshold(null))), "MissingParameter");
        assertCode(() -> cw.putMetricAlarm(cpuAbove("bad", "Bad", 1).andThen(b -> b.evaluationPeriods(null))), "MissingParameter");
        assertCode(() -> cw.putMetricAlarm(cpuAbove("bad", "Bad", 1).andThen(b -> b.datapointsToAlarm(2))), "InvalidParameterValue");
        assertCode(() -> cw.putMetricAlarm(cpuAbove("bad", "Bad", 1).andThen(b -> b.period(45))), "InvalidParameterValue");
        assertCode(() -> cw.putMetricAlarm(cpuAbove("bad", "Bad", 1).andThen(b -> b.extendedStatistic("p99"))),
                "InvalidParameterCombination");
        assertCode(() -> cw.putMetricAlarm(cpuAbove("bad", "Bad", 1).andThen(b -> b.treatMissingData("sometimes"))),
                "InvalidParameterValue");
        assertCode(() -> cw.putMetricAlarm(cpuAbove("bad", "Bad", 1).andThen(b -> b.comparisonOperator(
                ComparisonOperator.LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD))), "InvalidParameterCombination");
        assertCode(() -> cw.putMetricAlarm(cpuAbove("bad", "Bad", 1).andThen(b -> b.metrics(
                MetricDataQuery.builder().id("e1").expression("1 + 1").build()))), "InvalidParameterCombination");
        assertCode(() -> cw.putMetricAlarm(b -> b.alarmName("bad").evaluationPeriods(1).threshold(1.0)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                .metrics(MetricDataQuery.builder().id("e1").expression("nope * 2").period(60).build())), "ValidationError");
        assertThat(cw.describeAlarms(b -> b.alarmNames("bad")).metricAlarms()).isEmpty();
    }

    @Test
    void deleteAlarmsDeletesAllOrNothing() {
        cw.putMetricAlarm(cpuAbove("doomed-1", "Doomed", 80));
        cw.putMetricAlarm(cpuAbove("doomed-2", "Doomed", 80));
        assertThat(catchCode(() -> cw.deleteAlarms(b -> b.alarmNames("doomed-1", "never-was")))).isEqualTo("ResourceNotFound");
        assertThat(cw.describeAlarms(b -> b.alarmNamePrefix("doomed-")).metricAlarms()).hasSize(2);
        cw.deleteAlarms(b -> b.alarmNames("doomed-1", "doomed-2"));
        assertThat(cw.describeAlarms(b -> b.alarmNamePrefix("doomed-")).metricAlarms()).isEmpty();
    }

    private static String catchCode(Runnable call) {
        try {
            call.run();
            return null;
        } catch (software.amazon.awssdk.services.cloudwatch.model.CloudWatchException e) {
            return e.awsErrorDetails().errorCode();
        }
    }
}
