package dev.berth.sandbox.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxClients;
import dev.berth.sandbox.SandboxOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.DimensionFilter;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsRequest;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.cloudwatch.model.StatisticSet;
import software.amazon.awssdk.services.cloudwatch.model.StatusCode;

/** PutMetricData, GetMetricStatistics, GetMetricData and ListMetrics through the SDK's CloudWatchClient (awsQuery). */
class MetricsIT {
    private static Sandbox sandbox;
    private static CloudWatchClient cw;
    /** A whole minute 40 minutes ago: data from here on is well inside what CloudWatch accepts. */
    private static final Instant BASE = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(40));
    private static final Dimension WEB = Dimension.builder().name("Service").value("web").build();

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("empty"));
        cw = new SandboxClients(sandbox.endpoint()).cloudWatch();
    }

    @AfterAll
    static void stop() {
        cw.close();
        sandbox.close();
    }

    private static void put(String namespace, Consumer<MetricDatum.Builder> datum) {
        cw.putMetricData(b -> b.namespace(namespace).metricData(MetricDatum.builder().applyMutation(datum).build()));
    }

    private static List<Datapoint> statistics(Consumer<GetMetricStatisticsRequest.Builder> request) {
        return cw.getMetricStatistics(request).datapoints().stream()
                .sorted(Comparator.comparing(Datapoint::timestamp)).toList();
    }

    @Test
    void statisticsArePerPeriodFromTheRoundedStart() {
        String ns = "Stats";
        put(ns, d -> d.metricName("Requests").dimensions(WEB).timestamp(BASE).value(10.0).unit(StandardUnit.COUNT));
        put(ns, d -> d.metricName("Requests").dimensions(WEB).timestamp(BASE.plusSeconds(20)).value(20.0).unit(StandardUnit.COUNT));
        put(ns, d -> d.metricName("Requests").dimensions(WEB).timestamp(BASE.plusSeconds(60)).value(30.0).unit(StandardUnit.COUNT));
        put(ns, d -> d.metricName("Requests").dimensions(WEB).timestamp(BASE.plusSeconds(300)).value(40.0).unit(StandardUnit.COUNT));

        List<Datapoint> perMinute = statistics(b -> b.namespace(ns).metricName("Requests").dimensions(WEB)
                .startTime(BASE.plusSeconds(13)).endTime(BASE.plusSeconds(600)).period(60)
                .statistics(Statistic.SUM, Statistic.AVERAGE, Statistic.MINIMUM, Statistic.MAXIMUM, Statistic.SAMPLE_COUNT));
        assertThat(perMinute).extracting(Datapoint::timestamp)
                .containsExactly(BASE, BASE.plusSeconds(60), BASE.plusSeconds(300));
        Datapoint first = perMinute.getFirst();
        assertThat(first.sum()).isEqualTo(30.0);
        assertThat(first.average()).isEqualTo(15.0);
        assertThat(first.minimum()).isEqualTo(10.0);
        assertThat(first.maximum()).isEqualTo(20.0);
        assertThat(first.sampleCount()).isEqualTo(2.0);
        assertThat(first.unit()).isEqualTo(StandardUnit.COUNT);

        List<Datapoint> perFive = statistics(b -> b.namespace(ns).metricName("Requests").dimensions(WEB)
                .startTime(BASE).endTime(BASE.plusSeconds(600)).period(300).statistics(Statistic.SUM, Statistic.AVERAGE));
        assertThat(perFive).extracting(Datapoint::sum).containsExactly(60.0, 40.0);
        assertThat(perFive).extracting(Datapoint::average).containsExactly(20.0, 40.0);
        assertThat(perFive.getFirst().minimum()).isNull();
    }

    @Test
    void dimensionsMustMatchExactlyAndUnitsFilter() {
        String ns = "Exact";
        put(ns, d -> d.metricName("Cpu").dimensions(WEB).timestamp(BASE).value(1.0).unit(StandardUnit.PERCENT));
        assertThat(statistics(b -> b.namespace(ns).metricName("Cpu").startTime(BASE).endTime(BASE.plusSeconds(60))
                .period(60).statistics(Statistic.SUM))).isEmpty();
        assertThat(statistics(b -> b.namespace(ns).metricName("Cpu").dimensions(WEB).unit(StandardUnit.SECONDS)
                .startTime(BASE).endTime(BASE.plusSeconds(60)).period(60).statistics(Statistic.SUM))).isEmpty();
        assertThat(statistics(b -> b.namespace(ns).metricName("Cpu").dimensions(WEB).unit(StandardUnit.PERCENT)
                .startTime(BASE).endTime(BASE.plusSeconds(60)).period(60).statistics(Statistic.SUM))).hasSize(1);
    }

    @Test
    void percentilesComeFromValuesAndCountsNotFromStatisticSets() {
        String ns = "Percentiles";
        List<Double> values = IntStream.rangeClosed(1, 100).mapToObj(i -> (double) i).toList();
        put(ns, d -> d.metricName("Latency").timestamp(BASE).values(values.subList(0, 50)));
        put(ns, d -> d.metricName("Latency").timestamp(BASE.plusSeconds(1)).values(values.subList(50, 100)));
        put(ns, d -> d.metricName("Weighted").timestamp(BASE).values(1.0, 10.0).counts(9.0, 1.0));
        put(ns, d -> d.metricName("Set").timestamp(BASE).statisticValues(StatisticSet.builder()
                .sampleCount(4.0).sum(10.0).minimum(1.0).maximum(4.0).build()));

        Datapoint latency = statistics(b -> b.namespace(ns).metricName("Latency").startTime(BASE).endTime(BASE.plusSeconds(60))
                .period(60).extendedStatistics("p50", "p90", "p99.9", "p100")).getFirst();
        assertThat(latency.extendedStatistics()).containsExactlyInAnyOrderEntriesOf(
                Map.of("p50", 50.0, "p90", 90.0, "p99.9", 100.0, "p100", 100.0));
        Datapoint weighted = statistics(b -> b.namespace(ns).metricName("Weighted").startTime(BASE).endTime(BASE.plusSeconds(60))
                .period(60).extendedStatistics("p90", "p95")).getFirst();
        assertThat(weighted.extendedStatistics()).containsEntry("p90", 1.0).containsEntry("p95", 10.0);
        assertThat(statistics(b -> b.namespace(ns).metricName("Weighted").startTime(BASE).endTime(BASE.plusSeconds(60))
                .period(60).statistics(Statistic.SAMPLE_COUNT, Statistic.AVERAGE)).getFirst())
                .satisfies(d -> {
                    assertThat(d.sampleCount()).isEqualTo(10.0);
                    assertThat(d.average()).isEqualTo(1.9);
                });
        Datapoint set = statistics(b -> b.namespace(ns).metricName("Set").startTime(BASE).endTime(BASE.plusSeconds(60))
                .period(60).extendedStatistics("p50")).getFirst();
        assertThat(set.extendedStatistics()).isEmpty();
    }

    @Test
    void putMetricDataRefusesWhatCloudWatchRefuses() {
        assertCode(() -> put("AWS/ECS", d -> d.metricName("x").value(1.0)), "InvalidParameterValue");
        assertCode(() -> put("Bad", d -> d.metricName("x").value(1.0).values(2.0)), "InvalidParameterValue");
        assertCode(() -> put("Bad", d -> d.metricName("x").value(1.0).statisticValues(StatisticSet.builder()
                .sampleCount(1.0).sum(1.0).minimum(1.0).maximum(1.0).build())), "InvalidParameterCombination");
        assertCode(() -> put("Bad", d -> d.metricName("x").values(1.0, 2.0).counts(1.0)), "InvalidParameterValue");
        assertCode(() -> put("Bad", d -> d.metricName("x").value(1.0).timestamp(Instant.now().plus(Duration.ofHours(3)))),
                "InvalidParameterValue");
        assertCode(() -> put("Bad", d -> d.metricName("x").value(1.0).timestamp(Instant.now().minus(Duration.ofDays(15)))),
                "InvalidParameterValue");
        assertCode(() -> put("Bad", d -> d.metricName("x").value(1.0).storageResolution(5)), "InvalidParameterValue");
        assertCode(() -> put("Bad", d -> d.value(1.0)), "MissingParameter");
        assertCode(() -> cw.putMetricData(b -> b.namespace("Bad").metricData(IntStream.range(0, 1_001)
                .mapToObj(i -> MetricDatum.builder().metricName("m").value(1.0).build()).toList())), "InvalidParameterValue");
    }

    @Test
    void getMetricStatisticsRefusesWhatCloudWatchRefuses() {
        Consumer<GetMetricStatisticsRequest.Builder> ok = b -> b.namespace("Any").metricName("m")
                .startTime(BASE).endTime(BASE.plusSeconds(600)).period(60).statistics(Statistic.SUM);
        assertThat(cw.getMetricStatistics(ok).datapoints()).isEmpty();
        assertCode(() -> cw.getMetricStatistics(ok.andThen(b -> b.period(45))), "InvalidParameterValue");
        assertCode(() -> cw.getMetricStatistics(ok.andThen(b -> b.endTime(BASE))), "InvalidParameterValue");
        assertCode(() -> cw.getMetricStatistics(ok.andThen(b -> b.startTime(BASE.plusSeconds(700)))), "InvalidParameterValue");
        assertCode(() -> cw.getMetricStatistics(ok.andThen(b -> b.extendedStatistics("p99"))), "InvalidParameterCombination");
        assertCode(() -> cw.getMetricStatistics(ok.andThen(b -> b.statistics(List.of()))), "InvalidParameterCombination");
        assertCode(() -> cw.getMetricStatistics(ok.andThen(b -> b.statistics(List.of()).extendedStatistics("tm99"))),
                "InvalidParameterValue");
        assertCode(() -> cw.getMetricStatistics(ok.andThen(b -> b.metricName(null))), "MissingParameter");
        assertThatThrownBy(() -> cw.getMetricStatistics(ok.andThen(b -> b.startTime(BASE.minus(Duration.ofDays(2))))))
                .isInstanceOfSatisfying(CloudWatchException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterCombination");
                    assertThat(e.awsErrorDetails().errorMessage()).startsWith("You have requested up to 2890 datapoints, "
                            + "which exceeds the limit of 1440.");
                });
    }

    private static MetricDataQuery stat(String id, String namespace, String name, String stat, int period) {
        return MetricDataQuery.builder().id(id).metricStat(s -> s.metric(Metric.builder().namespace(namespace)
                .metricName(name).build()).period(period).stat(stat)).build();
    }

    private static MetricDataQuery expression(String id, String expression) {
        return MetricDataQuery.builder().id(id).expression(expression).build();
    }

    /** Two metrics with a value each minute for 30 minutes: Hits = minute, Errors = 1 every minute. */
    private static void hitsAndErrors(String ns) {
        List<MetricDatum> data = new ArrayList<>();
        for (int m = 0; m < 30; m++) {
            Instant t = BASE.plusSeconds(60L * m);
            data.add(MetricDatum.builder().metricName("Hits").timestamp(t).value((double) m).build());
            data.add(MetricDatum.builder().metricName("Errors").timestamp(t).value(1.0).build());
        }
        cw.putMetricData(b -> b.namespace(ns).metricData(data));
    }

    @Test
    void getMetricDataAnswersEachQueryInScanOrderWithLabels() {
        hitsAndErrors("Gmd");
        GetMetricDataResponse r = cw.getMetricData(b -> b.startTime(BASE).endTime(BASE.plusSeconds(600))
                .scanBy(ScanBy.TIMESTAMP_ASCENDING)
                .metricDataQueries(stat("hits", "Gmd", "Hits", "Sum", 60),
                        stat("errors", "Gmd", "Errors", "Sum", 300).toBuilder().label("Errors per 5 min").build(),
                        stat("hidden", "Gmd", "Hits", "Maximum", 60).toBuilder().returnData(false).build()));
        assertThat(r.metricDataResults()).extracting(MetricDataResult::id).containsExactly("hits", "errors");
        MetricDataResult hits = r.metricDataResults().getFirst();
        assertThat(hits.label()).isEqualTo("Hits");
        assertThat(hits.statusCode()).isEqualTo(StatusCode.COMPLETE);
        assertThat(hits.values()).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0);
        assertThat(hits.timestamps().getFirst()).isEqualTo(BASE);
        MetricDataResult errors = r.metricDataResults().get(1);
        assertThat(errors.label()).isEqualTo("Errors per 5 min");
        assertThat(errors.values()).containsExactly(5.0, 5.0);

        GetMetricDataResponse descending = cw.getMetricData(b -> b.startTime(BASE).endTime(BASE.plusSeconds(180))
                .metricDataQueries(stat("hits", "Gmd", "Hits", "Sum", 60)));
        assertThat(descending.metricDataResults().getFirst().values()).containsExactly(2.0, 1.0, 0.0);
        assertThat(descending.metricDataResults().getFirst().timestamps()).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void metricMathCombinesQueriesAndSaysWhatItCannotDo() {
        hitsAndErrors("Math");
        GetMetricDataResponse r = cw.getMetricData(b -> b.startTime(BASE.plusSeconds(60)).endTime(BASE.plusSeconds(240))
                .scanBy(ScanBy.TIMESTAMP_ASCENDING)
                .metricDataQueries(
                        stat("h", "Math", "Hits", "Sum", 60).toBuilder().returnData(false).build(),
                        stat("e", "Math", "Errors", "Sum", 60).toBuilder().returnData(false).build(),
                        expression("rate", "100 * e / h").toBuilder().label("Error %").build(),
                        expression("total", "SUM(METRICS())"),
                        expression("twice", "rate * 2"),
                        expression("filled", "FILL(h, 0) + 1"),
                        expression("later", "RATE(h)")));
        Map<String, MetricDataResult> byId = new LinkedHashMap<>();
        r.metricDataResults().forEach(x -> byId.put(x.id(), x));
        assertThat(byId.keySet()).containsExactly("rate", "total", "twice", "filled", "later");
        assertThat(byId.get("rate").label()).isEqualTo("Error %");
        assertThat(byId.get("rate").values()).containsExactly(100.0, 50.0, 100.0 / 3);
        assertThat(byId.get("total").values()).containsExactly(2.0, 3.0, 4.0);
        assertThat(byId.get("twice").values()).containsExactly(200.0, 100.0, 200.0 / 3);
        assertThat(byId.get("filled").values()).containsExactly(2.0, 3.0, 4.0);
        MetricDataResult later = byId.get("later");
        assertThat(later.statusCode()).isEqualTo(StatusCode.INTERNAL_ERROR);
        assertThat(later.values()).isEmpty();
        assertThat(later.messages().getFirst().value()).contains("RATE");

        assertCode(() -> cw.getMetricData(b -> b.startTime(BASE).endTime(BASE.plusSeconds(60))
                .metricDataQueries(expression("bad", "m9 * 2"))), "ValidationError");
        assertCode(() -> cw.getMetricData(b -> b.startTime(BASE).endTime(BASE.plusSeconds(60))
                .metricDataQueries(expression("bad", "(1 + "))), "ValidationError");
        assertCode(() -> cw.getMetricData(b -> b.startTime(BASE).endTime(BASE.plusSeconds(60))
                .metricDataQueries(expression("a", "b + 1"), expression("b", "a + 1"))), "ValidationError");
    }

    @Test
    void maxDatapointsPaginatesAcrossQueriesWithoutLosingOrRepeatingPoints() {
        hitsAndErrors("Pages");
        Consumer<GetMetricDataRequest.Builder> request = b -> b.startTime(BASE).endTime(BASE.plusSeconds(1_800))
                .maxDatapoints(7)
                .metricDataQueries(stat("hits", "Pages", "Hits", "Sum", 60), stat("errors", "Pages", "Errors", "Sum", 60));
        Map<String, List<Double>> values = new LinkedHashMap<>();
        Map<String, List<Instant>> times = new LinkedHashMap<>();
        int pages = 0;
        for (GetMetricDataResponse page : cw.getMetricDataPaginator(request)) {
            pages++;
            int points = 0;
            for (MetricDataResult result : page.metricDataResults()) {
                values.computeIfAbsent(result.id(), k -> new ArrayList<>()).addAll(result.values());
                times.computeIfAbsent(result.id(), k -> new ArrayList<>()).addAll(result.timestamps());
                points += result.values().size();
                if (page.nextToken() == null) {
                    assertThat(result.statusCode()).isEqualTo(StatusCode.COMPLETE);
                }
            }
            assertThat(points).isLessThanOrEqualTo(7);
        }
        assertThat(pages).isEqualTo(9);
        assertThat(values.get("hits")).containsExactlyElementsOf(IntStream.range(0, 30).mapToObj(i -> (double) (29 - i)).toList());
        assertThat(values.get("errors")).hasSize(30).containsOnly(1.0);
        assertThat(times.get("errors")).doesNotHaveDuplicates().isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void getMetricDataValidatesLikeCloudWatch() {
        MetricDataQuery ok = stat("m1", "Any", "m", "Average", 60);
        assertCode(() -> cw.getMetricData(b -> b.startTime(BASE).endTime(BASE).metricDataQueries(ok)), "ValidationError");
        assertCode(() -> cw.getMetricData(b -> b.startTime(BASE.plusSeconds(60)).endTime(BASE).metricDataQueries(ok)),
                "ValidationError");
        assertCode(() -> cw.getMetricData(b -> b.startTime(BASE).endTime(BASE.plusSeconds(60))
                .metricDataQueries(IntStream.range(0, 501).mapToObj(i -> stat("m" + i, "Any", "m", "Sum", 60)).toList())),
                "ValidationError");
        assertCode(() -> cw.getMetricData(b -> b.startTime(BASE).endTime(BASE.plusSeconds(60))
                .metricDataQueries(stat("m1", "Any", "m", "Sum", 45))), "ValidationError");
        assertCode(() -> cw.getMetricData(b -> b.startTime(BASE).endTime(BASE.plusSeconds(60))
                .metricDataQueries(stat("M1", "Any", "m", "Sum", 60))), "ValidationError");
        assertCode(() -> cw.getMetricData(b -> b.startTime(BASE).endTime(BASE.plusSeconds(60))
                .metricDataQueries(ok, ok)), "ValidationError");
        assertCode(() -> cw.getMetricData(b -> b.startTime(BASE).endTime(BASE.plusSeconds(60))
                .metricDataQueries(stat("m1", "Any", "m", "tm90", 60))), "ValidationError");
        assertCode(() -> cw.getMetricData(b -> b.startTime(BASE).endTime(BASE.plusSeconds(60))
                .metricDataQueries(ok).nextToken("forged")), "InvalidNextToken");
        // 500 queries are fine, and so are high-resolution periods.
        assertThat(cw.getMetricData(b -> b.startTime(BASE).endTime(BASE.plusSeconds(60)).metricDataQueries(
                IntStream.range(0, 500).mapToObj(i -> stat("m" + i, "Any", "m", "Sum", 60)).toList()))
                .metricDataResults()).hasSize(500);
    }

    @Test
    void highResolutionDataKeepsItsSeconds() {
        put("HighRes", d -> d.metricName("Burst").timestamp(BASE.plusSeconds(3)).value(1.0).storageResolution(1));
        put("HighRes", d -> d.metricName("Burst").timestamp(BASE.plusSeconds(13)).value(2.0).storageResolution(1));
        put("HighRes", d -> d.metricName("Standard").timestamp(BASE.plusSeconds(13)).value(2.0));
        GetMetricDataResponse r = cw.getMetricData(b -> b.startTime(BASE).endTime(BASE.plusSeconds(60))
                .scanBy(ScanBy.TIMESTAMP_ASCENDING)
                .metricDataQueries(stat("burst", "HighRes", "Burst", "Sum", 10), stat("standard", "HighRes", "Standard", "Sum", 10)));
        assertThat(r.metricDataResults().getFirst().timestamps()).containsExactly(BASE, BASE.plusSeconds(10));
        assertThat(r.metricDataResults().get(1).timestamps()).containsExactly(BASE);
    }

    @Test
    void listMetricsFiltersAndPages() {
        List<MetricDatum> data = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            data.add(MetricDatum.builder().metricName("PerTask").value(1.0)
                    .dimensions(Dimension.builder().name("Task").value(String.format("t%03d", i)).build(),
                            Dimension.builder().name("Cluster").value(i % 2 == 0 ? "even" : "odd").build()).build());
        }
        cw.putMetricData(b -> b.namespace("Listing").metricData(data.subList(0, 600)));
        put("Listing", d -> d.metricName("Other").value(1.0));

        List<String> tasks = new ArrayList<>();
        int pages = 0;
        for (var page : cw.listMetricsPaginator(b -> b.namespace("Listing").metricName("PerTask"))) {
            pages++;
            page.metrics().forEach(m -> tasks.add(m.dimensions().stream().filter(d -> d.name().equals("Task"))
                    .findFirst().orElseThrow().value()));
        }
        assertThat(pages).isEqualTo(2);
        assertThat(tasks).containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, 600).mapToObj(i -> String.format("t%03d", i)).toList());
        assertThat(cw.listMetrics(b -> b.namespace("Listing").dimensions(DimensionFilter.builder().name("Cluster")
                .value("odd").build())).metrics()).hasSize(300);
        assertThat(cw.listMetrics(b -> b.namespace("Listing").dimensions(DimensionFilter.builder().name("Cluster")
                .build())).metrics()).hasSize(500);
        assertThat(cw.listMetrics(b -> b.namespace("Listing").metricName("Other")).metrics()).singleElement()
                .satisfies(m -> assertThat(m.dimensions()).isEmpty());
        assertThat(cw.listMetrics(b -> b.namespace("Listing").recentlyActive("PT3H")).metrics()).hasSize(500);
        assertCode(() -> cw.listMetrics(b -> b.nextToken("forged")), "InvalidNextToken");
    }

    @Test
    void oldMetricsDropOutOfRecentlyActiveListings() {
        put("Recent", d -> d.metricName("Old").timestamp(Instant.now().minus(Duration.ofHours(5))).value(1.0));
        put("Recent", d -> d.metricName("New").value(1.0));
        assertThat(cw.listMetrics(b -> b.namespace("Recent")).metrics()).hasSize(2);
        assertThat(cw.listMetrics(b -> b.namespace("Recent").recentlyActive("PT3H")).metrics())
                .extracting(Metric::metricName).containsExactly("New");
    }

    static void assertCode(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(CloudWatchException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorMessage()).isNotBlank().doesNotContain("Exception:");
        });
    }
}
