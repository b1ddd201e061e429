package dev.berth.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.berth.core.config.LogSettings;
import dev.berth.core.context.AwsContext;
import dev.berth.core.context.ResolvedContext;
import dev.berth.core.limit.ApiLimiter;
import dev.berth.core.logs.CloudWatchLogTail;
import dev.berth.core.logs.LogBatch;
import dev.berth.core.logs.LogQuery;
import dev.berth.core.logs.LogTarget;
import dev.berth.core.logs.TailStatus;
import dev.berth.core.metrics.MetricsReader;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.LogLine;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceMetrics;
import dev.berth.core.sources.EcsSource;
import dev.berth.core.sources.LogsSource;
import dev.berth.core.sources.MetricsSource;
import dev.berth.sandbox.MotoServer;
import dev.berth.sandbox.SandboxClients;
import io.reactivex.rxjava3.schedulers.Schedulers;
import io.reactivex.rxjava3.subscribers.TestSubscriber;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;

/** The sources against moto, an AWS implementation Berth did not write: paging, mapping, the tail, metrics. */
class MotoIT {
    private static MotoServer moto;
    private static AwsContext ctx;
    private static SandboxClients clients;

    @BeforeAll
    static void start() {
        moto = MotoServer.startOrSkip();
        clients = new SandboxClients(moto.endpoint());
        ctx = new AwsContext(new ResolvedContext(null, false, false, "us-east-1", moto.endpoint(), true, false,
                ProfileFile.aggregator().build()), new ApiLimiter(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        if (ctx != null) {
            ctx.close();
        }
        if (moto != null) {
            moto.close();
        }
    }

    @Test
    void ecsListsEveryPageAndDescribesInBatches() {
        try (var ecs = clients.ecs()) {
            ecs.createCluster(r -> r.clusterName("moto-prod"));
            var td = ecs.registerTaskDefinition(r -> r.family("api").containerDefinitions(c -> c.name("api").image("api:1").memory(256)))
                    .taskDefinition().taskDefinitionArn();
            IntStream.range(0, 23).forEach(i -> ecs.createService(r -> r.cluster("moto-prod").serviceName("api-" + i)
                    .taskDefinition(td).desiredCount(1)));
        }
        EcsSource source = new EcsSource(ctx);
        assertThat(source.clusters()).extracting(Cluster::name).contains("moto-prod");
        List<String> arns = source.serviceArns("moto-prod");
        assertThat(arns).hasSize(23);
        List<Service> described = source.describeServices("moto-prod", arns.stream().map(a -> a.substring(a.lastIndexOf('/') + 1)).toList());
        assertThat(described).hasSize(23).allSatisfy(s -> {
            assertThat(s.desiredCount()).isEqualTo(1);
            assertThat(s.revision()).isEqualTo("api:1");
        });
        assertThat(source.taskDefinition("api:1").containers()).singleElement()
                .satisfies(c -> assertThat(c.image()).isEqualTo("api:1"));
    }

    @Test
    void theTailReadsWhatWasWrittenOnceInOrderAndPollsWithoutLiveTail() {
        long now = Instant.now().toEpochMilli();
        try (var logs = clients.logs()) {
            logs.createLogGroup(r -> r.logGroupName("/ecs/moto"));
            for (String stream : List.of("api/api/t1", "api/api/t2")) {
                logs.createLogStream(r -> r.logGroupName("/ecs/moto").logStreamName(stream));
                List<InputLogEvent> events = new ArrayList<>();
                for (int i = 0; i < 150; i++) {
                    events.add(InputLogEvent.builder().timestamp(now - 60_000 + i * 100L + (stream.endsWith("t2") ? 50 : 0))
                            .message(stream + " line " + i + (i % 50 == 0 ? " ERROR boom" : "")).build());
                }
                logs.putLogEvents(r -> r.logGroupName("/ecs/moto").logStreamName(stream).logEvents(events));
            }
        }
        LogsSource source = new LogsSource(ctx, () -> "123456789012");
        CloudWatchLogTail tail = new CloudWatchLogTail(LogQuery.service("moto", "api").withSince(Duration.ofMinutes(5)),
                source, q -> List.of(new LogTarget("/ecs/moto", "api/api/t1", "t1", "api"),
                        new LogTarget("/ecs/moto", "api/api/t2", "t2", "api")),
                LogSettings.defaults(), Schedulers.io(), Clock.systemUTC());
        TestSubscriber<LogBatch> lines = tail.batches().test();
        List<TailStatus> status = new ArrayList<>();
        tail.status().subscribe(status::add);
        await().atMost(Duration.ofSeconds(30)).until(() -> count(lines) >= 300);
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> true);
        tail.close();

        List<LogLine> got = dev.berth.core.testing.LogBatches.held(lines.values());
        assertThat(got).hasSize(300);
        assertThat(new HashSet<>(got.stream().map(LogLine::eventId).toList())).hasSize(300);
        assertThat(got).extracting(LogLine::timestamp).isSorted();
        assertThat(got).filteredOn(l -> l.message().contains("ERROR")).hasSize(6)
                .allSatisfy(l -> assertThat(l.severity()).isEqualTo(dev.berth.core.model.Severity.ERROR));
        assertThat(status).extracting(TailStatus::mode).contains(TailStatus.Mode.POLLING).doesNotContain(TailStatus.Mode.LIVE);
    }

    private static int count(TestSubscriber<LogBatch> s) {
        return s.values().stream().mapToInt(b -> b.lines().size()).sum();
    }

    @Test
    void metricsOfServicesComeBackFromGetMetricData() {
        Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(5));
        try (var cw = clients.cloudWatch()) {
            for (String service : List.of("api-0", "api-1")) {
                cw.putMetricData(r -> r.namespace("AWS/ECS").metricData(
                        MetricDatum.builder().metricName("CPUUtilization").timestamp(minute).value(service.equals("api-0") ? 42.0 : 7.0)
                                .dimensions(Dimension.builder().name("ClusterName").value("moto-prod").build(),
                                        Dimension.builder().name("ServiceName").value(service).build()).build(),
                        MetricDatum.builder().metricName("MemoryUtilization").timestamp(minute).value(64.0)
                                .dimensions(Dimension.builder().name("ClusterName").value("moto-prod").build(),
                                        Dimension.builder().name("ServiceName").value(service).build()).build()));
            }
        }
        List<ServiceMetrics> m = new MetricsReader(new MetricsSource(ctx)).read("moto-prod", List.of("api-0", "api-1"),
                Duration.ofHours(1), false, Instant.now());
        assertThat(m).hasSize(3);
        assertThat(m.get(1).latestCpu()).isEqualTo(42.0);
        assertThat(m.get(2).latestCpu()).isEqualTo(7.0);
        assertThat(m.get(2).latestMemory()).isEqualTo(64.0);
    }
}
