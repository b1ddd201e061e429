package dev.berth.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;

/**
 * The same CloudWatch Logs and CloudWatch calls against the sandbox and against moto, an
 * independent AWS implementation: the answers must have the same members (as the SDK parses
 * them) and the same values where both are deterministic. Skipped, with the reason, without moto.
 *
 * <p>Where moto and the sandbox differ on purpose, the comparison looks past it: FilterLogEvents
 * events are compared in time order (moto answers them stream by stream, AWS and the sandbox
 * interleave them); GetMetricData labels only for presence (moto makes up "Name Stat", the sandbox
 * answers the metric name); DescribeAlarms' Metrics (moto sends an empty list for single-metric
 * alarms, the sandbox leaves it out); and members one side answers and the other does not, such as
 * newer ones (logGroupArn) or deprecated ones (uploadSequenceToken).
 */
class ConformanceIT {
    private static Sandbox sandbox;
    private static MotoServer moto;
    private static final long T0 = System.currentTimeMillis() - 600_000;
    private static final Instant MINUTE = Instant.now().truncatedTo(ChronoUnit.MINUTES).minusSeconds(1_200);

    @BeforeAll
    static void start() {
        moto = MotoServer.startOrSkip();
        sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("empty"));
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
        if (moto != null) {
            moto.close();
        }
    }

    /** Runs the same steps on both; each step answers what should agree. */
    private static void agree(Function<Target, List<Object>> steps) {
        List<Object> ours;
        List<Object> theirs;
        try (Target s = new Target(new SandboxClients(sandbox.endpoint()).withoutRetries());
             Target m = new Target(new SandboxClients(moto.endpoint()).withoutRetries())) {
            ours = steps.apply(s);
            theirs = steps.apply(m);
        }
        assertThat(ours).as("sandbox (left) and moto (right) answer alike").isEqualTo(theirs);
    }

    /** One AWS implementation's clients. */
    private record Target(CloudWatchLogsClient logs, CloudWatchClient cw) implements AutoCloseable {
        Target(SandboxClients clients) {
            this(clients.logs(), clients.cloudWatch());
        }

        @Override
        public void close() {
            logs.close();
            cw.close();
        }
    }

    /**
     * An SDK object as its present members: names of members that are there, with the values of
     * those in {@code values} (nested objects and lists likewise). Members listed in {@code ignore}
     * are left out where one implementation answers them and the other does not.
     */
    private static Object shape(Object value, Set<String> values, Set<String> ignore) {
        if (value instanceof SdkPojo pojo) {
            Map<String, Object> out = new TreeMap<>();
            for (SdkField<?> f : pojo.sdkFields()) {
                Object v = f.getValueOrDefault(pojo);
                if (v == null || ignore.contains(f.memberName()) || isUnsetCollection(v)) {
                    continue;
                }
                out.put(f.memberName(), values.contains(f.memberName()) ? shape(v, values, ignore) : "present");
            }
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(shape(item, values, ignore)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new TreeMap<>();
            map.forEach((k, v) -> out.put(k, shape(v, values, ignore)));
            return out;
        }
        return value;
    }

    private static boolean isUnsetCollection(Object v) {
        return v instanceof SdkAutoConstructList<?> || v instanceof SdkAutoConstructMap<?, ?>;
    }

    private static String errorCode(Runnable call) {
        try {
            call.run();
            return "no error";
        } catch (AwsServiceException e) {
            return e.awsErrorDetails().errorCode();
        }
    }

    private static List<FilteredLogEvent> inTimeOrder(FilterLogEventsResponse r) {
        return r.events().stream().sorted(Comparator.comparing(FilteredLogEvent::timestamp)).toList();
    }

    private static InputLogEvent event(long ts, String message) {
        return InputLogEvent.builder().timestamp(ts).message(message).build();
    }

    @Test
    void logGroupsAndStreams() {
        agree(t -> {
            List<Object> out = new ArrayList<>();
            t.logs().createLogGroup(b -> b.logGroupName("/conf/groups"));
            out.add(errorCode(() -> t.logs().createLogGroup(b -> b.logGroupName("/conf/groups"))));
            out.add(shape(t.logs().describeLogGroups(b -> b.logGroupNamePrefix("/conf/groups")),
                    Set.of("logGroups", "logGroupName", "storedBytes", "metricFilterCount"),
                    Set.of("logGroupClass", "logGroupArn", "deletionProtectionEnabled", "dataProtectionStatus")));
            t.logs().createLogStream(b -> b.logGroupName("/conf/groups").logStreamName("b"));
            t.logs().createLogStream(b -> b.logGroupName("/conf/groups").logStreamName("a"));
            out.add(errorCode(() -> t.logs().createLogStream(b -> b.logGroupName("/conf/groups").logStreamName("a"))));
            out.add(errorCode(() -> t.logs().createLogStream(b -> b.logGroupName("/conf/absent").logStreamName("a"))));
            t.logs().putLogEvents(b -> b.logGroupName("/conf/groups").logStreamName("a")
                    .logEvents(event(T0, "one"), event(T0 + 5, "two")));
            out.add(shape(t.logs().describeLogStreams(b -> b.logGroupName("/conf/groups")),
                    Set.of("logStreams", "logStreamName", "firstEventTimestamp", "lastEventTimestamp"),
                    Set.of("uploadSequenceToken", "storedBytes")));
            out.add(shape(t.logs().describeLogStreams(b -> b.logGroupName("/conf/groups").descending(true)),
                    Set.of("logStreams", "logStreamName"), Set.of("uploadSequenceToken", "storedBytes")));
            return out;
        });
    }

    @Test
    void logEvents() {
        agree(t -> {
            List<Object> out = new ArrayList<>();
            t.logs().createLogGroup(b -> b.logGroupName("/conf/events"));
            t.logs().createLogStream(b -> b.logGroupName("/conf/events").logStreamName("one"));
            t.logs().createLogStream(b -> b.logGroupName("/conf/events").logStreamName("two"));
            out.add(shape(t.logs().putLogEvents(b -> b.logGroupName("/conf/events").logStreamName("one")
                    .logEvents(event(T0, "ERROR first"), event(T0 + 2, "INFO second"), event(T0 + 4, "ERROR third"))),
                    Set.of(), Set.of()));
            t.logs().putLogEvents(b -> b.logGroupName("/conf/events").logStreamName("two")
                    .logEvents(event(T0 + 1, "INFO other"), event(T0 + 3, "ERROR other")));
            out.add(errorCode(() -> t.logs().putLogEvents(b -> b.logGroupName("/conf/events").logStreamName("two")
                    .logEvents(event(T0 + 9, "late"), event(T0 + 8, "early")))));
            var head = t.logs().getLogEvents(b -> b.logGroupName("/conf/events").logStreamName("one").startFromHead(true));
            out.add(shape(head, Set.of("events", "message", "timestamp"), Set.of()));
            out.add(head.nextForwardToken().substring(0, 2) + head.nextBackwardToken().substring(0, 2));
            out.add(shape(inTimeOrder(t.logs().filterLogEvents(b -> b.logGroupName("/conf/events").filterPattern("ERROR"))),
                    Set.of("message", "timestamp", "logStreamName"), Set.of()));
            out.add(shape(t.logs().filterLogEvents(b -> b.logGroupName("/conf/events").logStreamNames("two")),
                    Set.of("events", "message", "logStreamName"), Set.of("searchedLogStreams")));
            out.add(errorCode(() -> t.logs().filterLogEvents(b -> b.logGroupName("/conf/absent"))));
            return out;
        });
    }

    @Test
    void metrics() {
        Dimension web = Dimension.builder().name("Service").value("web").build();
        agree(t -> {
            List<Object> out = new ArrayList<>();
            t.cw().putMetricData(b -> b.namespace("Conf").metricData(List.of(
                    hits(web, MINUTE, 2.0), hits(web, MINUTE.plusSeconds(20), 4.0), hits(web, MINUTE.plusSeconds(60), 9.0))));
            var stats = t.cw().getMetricStatistics(b -> b.namespace("Conf").metricName("Hits").dimensions(web)
                    .startTime(MINUTE).endTime(MINUTE.plusSeconds(180)).period(60)
                    .statistics(Statistic.SUM, Statistic.AVERAGE, Statistic.SAMPLE_COUNT, Statistic.MAXIMUM));
            out.add(stats.label());
            out.add(shape(stats.datapoints().stream().sorted(Comparator.comparing(Datapoint::timestamp)).toList(),
                    Set.of("Timestamp", "Sum", "Average", "SampleCount", "Maximum", "Unit"), Set.of()));
            out.add(shape(t.cw().listMetrics(b -> b.namespace("Conf")), Set.of("Metrics", "Namespace", "MetricName",
                    "Dimensions", "Name", "Value"), Set.of()));
            var data = t.cw().getMetricData(b -> b.startTime(MINUTE).endTime(MINUTE.plusSeconds(180))
                    .scanBy(ScanBy.TIMESTAMP_ASCENDING)
                    .metricDataQueries(MetricDataQuery.builder().id("hits").metricStat(s -> s.period(60).stat("Sum")
                            .metric(m -> m.namespace("Conf").metricName("Hits").dimensions(web))).build()));
            out.add(shape(data, Set.of("MetricDataResults", "Id", "Timestamps", "Values", "StatusCode"),
                    Set.of("Messages")));
            out.add(errorCode(() -> t.cw().getMetricStatistics(b -> b.namespace("Conf").metricName("Hits")
                    .startTime(MINUTE).endTime(MINUTE.plusSeconds(60)).period(60))));
            return out;
        });
    }

    private static MetricDatum hits(Dimension dimension, Instant at, double value) {
        return MetricDatum.builder().metricName("Hits").dimensions(dimension).timestamp(at).value(value).unit("Count").build();
    }

    @Test
    void alarms() {
        agree(t -> {
            List<Object> out = new ArrayList<>();
            t.cw().putMetricAlarm(b -> b.alarmName("conf-high").namespace("Conf").metricName("Hits")
                    .statistic(Statistic.AVERAGE).period(60).evaluationPeriods(2).threshold(5.0)
                    .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                    .dimensions(Dimension.builder().name("Service").value("web").build()));
            out.add(shape(t.cw().describeAlarms(b -> b.alarmNames("conf-high")),
                    Set.of("MetricAlarms", "AlarmName", "AlarmArn", "MetricName", "Namespace", "Statistic", "Period",
                            "EvaluationPeriods", "Threshold", "ComparisonOperator", "Dimensions", "Name", "Value",
                            "ActionsEnabled"),
                    Set.of("DatapointsToAlarm", "StateReasonData", "StateTransitionedTimestamp", "CompositeAlarms",
                            "AlarmDescription", "Unit", "TreatMissingData", "Metrics")));
            out.add(shape(t.cw().describeAlarms(b -> b.alarmNamePrefix("conf-")).metricAlarms().stream()
                    .map(a -> a.alarmName()).toList(), Set.of(), Set.of()));
            return out;
        });
    }
}
