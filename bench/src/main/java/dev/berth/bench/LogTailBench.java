package dev.berth.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.core.config.LogSettings;
import dev.berth.core.context.AwsContext;
import dev.berth.core.context.ResolvedContext;
import dev.berth.core.limit.ApiLimiter;
import dev.berth.core.logs.CloudWatchLogTail;
import dev.berth.core.logs.LogBatch;
import dev.berth.core.logs.LogQuery;
import dev.berth.core.logs.LogTarget;
import dev.berth.core.model.LogLine;
import dev.berth.core.sources.LogsSource;
import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxOptions;
import io.reactivex.rxjava3.disposables.Disposable;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;

/**
 * The log tail at a sustained rate: a writer puts {@code rate} lines a second for {@code seconds}
 * into four streams of one group (PutLogEvents every 100 ms per stream) while a tail of the four
 * streams merged follows them (FilterLogEvents polling, as the sandbox has no live tail). Then the
 * lines delivered are compared with what the sandbox stored ({@code /_sandbox/logs/truth}): lost,
 * duplicated, out of order, and put-to-delivery latency. Arguments: {@code [rate] [seconds]}
 * (default 2000 60). Run with {@code bench/run-core-bench.sh}.
 */
public final class LogTailBench {
    private static final String GROUP = "/ecs/bench/web";
    private static final List<String> STREAMS = List.of("web/web/t1", "web/web/t2", "web/web/t3", "web/web/t4");

    private LogTailBench() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("empty"));
             CloudWatchLogsClient writer = CloudWatchLogsClient.builder().endpointOverride(sandbox.endpoint())
                     .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench"))).build();
             AwsContext ctx = new AwsContext(new ResolvedContext(null, false, false, "us-east-1", sandbox.endpoint(), true,
                     false, ProfileFile.aggregator().build()), new ApiLimiter(), Clock.systemUTC())) {
            writer.createLogGroup(r -> r.logGroupName(GROUP));
            STREAMS.forEach(s -> writer.createLogStream(r -> r.logGroupName(GROUP).logStreamName(s)));

            List<LogTarget> targets = STREAMS.stream().map(s -> new LogTarget(GROUP, s, s.substring(s.lastIndexOf('/') + 1), "web")).toList();
            CloudWatchLogTail tail = new CloudWatchLogTail(LogQuery.service("bench", "web").withSince(Duration.ZERO),
                    new LogsSource(ctx, () -> "123456789012"), q -> targets, LogSettings.defaults(), Schedulers.io(), Clock.systemUTC());
            ConcurrentLinkedQueue<LogLine> delivered = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            ConcurrentHashMap<String, Long> resets = new ConcurrentHashMap<>();
            Disposable reading = tail.batches().subscribe(b -> {
                long now = System.currentTimeMillis();
                if (b.reset() && !b.lines().isEmpty()) {
                    resets.merge("resets", 1L, Long::sum);
                }
                for (LogLine l : b.lines()) {
                    delivered.add(l);
                    latencies.add(now - putAt(l.message()));
                }
            });
            Thread.sleep(1_500);

            long first = System.currentTimeMillis();
            int perStreamPerTick = rate / 10 / STREAMS.size();
            long seq = 0;
            long next = System.nanoTime();
            for (int tick = 0; tick < seconds * 10; tick++) {
                for (String stream : STREAMS) {
                    List<InputLogEvent> events = new ArrayList<>(perStreamPerTick);
                    long putAt = System.currentTimeMillis();
                    for (int i = 0; i < perStreamPerTick; i++) {
                        events.add(InputLogEvent.builder().timestamp(putAt)
                                .message("seq=" + (seq++) + " putAt=" + putAt + " GET /orders HTTP/1.1 200").build());
                    }
                    writer.putLogEvents(r -> r.logGroupName(GROUP).logStreamName(stream).logEvents(events));
                }
                next += 100_000_000L;
                long sleep = next - System.nanoTime();
                if (sleep > 0) {
                    Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                }
            }
            long last = System.currentTimeMillis();
            double achieved = seq / ((last - first) / 1000.0);
            Thread.sleep(15_000);
            reading.dispose();
            tail.close();

            JsonNode truth = new SandboxControl(sandbox.endpoint()).get("logs/truth?group=" + GROUP + "&from=" + first + "&to=" + (last + 1));
            Set<String> stored = new HashSet<>();
            truth.get("eventIds").forEach(n -> stored.add(n.asText()));
            List<LogLine> got = new ArrayList<>(delivered);
            Set<String> ids = new HashSet<>();
            int duplicates = 0;
            int outOfOrder = 0;
            for (int i = 0; i < got.size(); i++) {
                if (!ids.add(got.get(i).eventId())) {
                    duplicates++;
                }
                if (i > 0 && got.get(i).timestamp() < got.get(i - 1).timestamp()) {
                    outOfOrder++;
                }
            }
            Set<String> lost = new HashSet<>(stored);
            lost.removeAll(ids);
            // The sandbox keeps only each stream's newest ~20,000 events, so also check by the writer's own numbering.
            Set<Long> seqs = new HashSet<>();
            got.forEach(l -> seqs.add(Long.parseLong(l.message().substring(4, l.message().indexOf(' ')))));
            long missingSeq = seq - seqs.size();
            long[] lat = latencies.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(lat);
            System.out.printf(Locale.ROOT, "%n| log tail, %d lines/s for %d s, 4 streams merged, FilterLogEvents polling | value | target |%n",
                    rate, seconds);
            System.out.println("|---|---|---|");
            System.out.printf(Locale.ROOT, "| lines written (achieved rate) | %d (%.0f/s) | |%n", seq, achieved);
            System.out.printf(Locale.ROOT, "| lines the sandbox stored in the window | %d | |%n", stored.size());
            System.out.printf(Locale.ROOT, "| lines delivered | %d | |%n", got.size());
            System.out.printf(Locale.ROOT, "| lost: stored by the sandbox but not delivered | %d | 0 |%n", lost.size());
            System.out.printf(Locale.ROOT, "| lost: written (by sequence number) but not delivered | %d | 0 |%n", missingSeq);
            System.out.printf(Locale.ROOT, "| duplicated | %d | 0 |%n", duplicates);
            System.out.printf(Locale.ROOT, "| out of time order | %d | 0 |%n", outOfOrder);
            System.out.printf(Locale.ROOT, "| put-to-delivery latency, median | %d ms | |%n", lat[lat.length / 2]);
            System.out.printf(Locale.ROOT, "| put-to-delivery latency, p99 | %d ms | |%n", lat[(int) Math.ceil(lat.length * 0.99) - 1]);
            System.out.printf(Locale.ROOT, "| FilterLogEvents calls (limiter: 4.5/s) | %d | |%n",
                    new SandboxControl(sandbox.endpoint()).count("logs:FilterLogEvents"));
            System.out.println();
            System.out.println(BenchSessions.machine());
        }
    }

    private static long putAt(String message) {
        int at = message.indexOf("putAt=");
        int end = message.indexOf(' ', at);
        return Long.parseLong(message.substring(at + 6, end));
    }
}
