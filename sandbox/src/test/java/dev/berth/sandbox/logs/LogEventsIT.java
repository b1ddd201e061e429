package dev.berth.sandbox.logs;

import static dev.berth.sandbox.logs.LogGroupsAndStreamsIT.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxClients;
import dev.berth.sandbox.SandboxControl;
import dev.berth.sandbox.SandboxOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

/** GetLogEvents and FilterLogEvents: tokens, time ranges, interleaving, filter patterns, pagination under load. */
class LogEventsIT {
    private static Sandbox sandbox;
    private static CloudWatchLogsClient logs;
    private static SandboxControl control;
    private static final long T0 = System.currentTimeMillis() - 3_600_000L;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("empty"));
        logs = new SandboxClients(sandbox.endpoint()).logs();
        control = new SandboxControl(sandbox.endpoint());
    }

    @AfterAll
    static void stop() {
        logs.close();
        sandbox.close();
    }

    /** A stream with {@code count} events "m0".."m(n-1)" one millisecond apart from {@link #T0}. */
    private static void numberedStream(String group, String stream, int count) {
        if (logs.describeLogGroups(b -> b.logGroupNamePrefix(group)).logGroups().stream()
                .noneMatch(g -> g.logGroupName().equals(group))) {
            logs.createLogGroup(b -> b.logGroupName(group));
        }
        logs.createLogStream(b -> b.logGroupName(group).logStreamName(stream));
        for (int from = 0; from < count; from += 5_000) {
            int start = from;
            List<InputLogEvent> batch = IntStream.range(start, Math.min(count, start + 5_000))
                    .mapToObj(i -> event(T0 + i, "m" + i)).toList();
            logs.putLogEvents(b -> b.logGroupName(group).logStreamName(stream).logEvents(batch));
        }
    }

    private static List<String> messages(List<OutputLogEvent> events) {
        return events.stream().map(OutputLogEvent::message).toList();
    }

    @Test
    void withoutATokenTheHeadOrTheTailOfTheStreamComesFirst() {
        numberedStream("get", "ends", 10);
        assertThat(messages(logs.getLogEvents(b -> b.logGroupName("get").logStreamName("ends").startFromHead(true).limit(3)).events()))
                .containsExactly("m0", "m1", "m2");
        assertThat(messages(logs.getLogEvents(b -> b.logGroupName("get").logStreamName("ends").limit(3)).events()))
                .containsExactly("m7", "m8", "m9");
        GetLogEventsResponse all = logs.getLogEvents(b -> b.logGroupName("get").logStreamName("ends"));
        assertThat(all.events()).hasSize(10);
        assertThat(all.events().getFirst().ingestionTime()).isGreaterThanOrEqualTo(all.events().getFirst().timestamp());
        assertThat(all.nextForwardToken()).startsWith("f/").endsWith("/s");
        assertThat(all.nextBackwardToken()).startsWith("b/").endsWith("/s");
    }

    @Test
    void forwardTokensWalkTheStreamAndRepeatAtTheEnd() {
        numberedStream("get", "forward", 1_000);
        List<String> seen = new ArrayList<>();
        GetLogEventsResponse page = logs.getLogEvents(b -> b.logGroupName("get").logStreamName("forward")
                .startFromHead(true).limit(64));
        seen.addAll(messages(page.events()));
        int calls = 1;
        while (true) {
            String token = page.nextForwardToken();
            page = logs.getLogEvents(b -> b.logGroupName("get").logStreamName("forward").startFromHead(true)
                    .limit(64).nextToken(token));
            calls++;
            seen.addAll(messages(page.events()));
            if (page.nextForwardToken().equals(token)) {
                assertThat(page.events()).isEmpty();
                break;
            }
        }
        assertThat(calls).isEqualTo(17);
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 1_000).mapToObj(i -> "m" + i).toList());
    }

    @Test
    void backwardTokensWalkTheStreamFromTheTailAndRepeatAtTheStart() {
        numberedStream("get", "backward", 300);
        List<String> seen = new ArrayList<>();
        GetLogEventsResponse page = logs.getLogEvents(b -> b.logGroupName("get").logStreamName("backward").limit(100));
        seen.addAll(0, messages(page.events()));
        while (true) {
            String token = page.nextBackwardToken();
            page = logs.getLogEvents(b -> b.logGroupName("get").logStreamName("backward").limit(100).nextToken(token));
            seen.addAll(0, messages(page.events()));
            if (page.nextBackwardToken().equals(token)) {
                break;
            }
        }
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 300).mapToObj(i -> "m" + i).toList());
        // Turning round at the start: forward from there begins with the first event.
        String turn = page.nextForwardToken();
        assertThat(messages(logs.getLogEvents(b -> b.logGroupName("get").logStreamName("backward").limit(2)
                .nextToken(turn)).events())).containsExactly("m0", "m1");
    }

    @Test
    void timeRangeIncludesStartAndExcludesEnd() {
        numberedStream("get", "range", 20);
        assertThat(messages(logs.getLogEvents(b -> b.logGroupName("get").logStreamName("range").startFromHead(true)
                .startTime(T0 + 5).endTime(T0 + 8)).events())).containsExactly("m5", "m6", "m7");
    }

    @Test
    void pagesStopAtOneMegabyte() {
        logs.createLogGroup(b -> b.logGroupName("big"));
        logs.createLogStream(b -> b.logGroupName("big").logStreamName("s"));
        for (int batch = 0; batch < 3; batch++) {
            int first = batch * 40;
            logs.putLogEvents(b -> b.logGroupName("big").logStreamName("s").logEvents(IntStream.range(first, first + 40)
                    .mapToObj(i -> event(T0 + i, i + ":" + "x".repeat(20_000))).toList()));
        }
        // Each event counts its UTF-8 message bytes plus 26; as many fit as stay within 1,048,576.
        int fit = 0;
        for (long bytes = 0; bytes + (String.valueOf(fit).length() + 1 + 20_000 + 26) <= 1_048_576; fit++) {
            bytes += String.valueOf(fit).length() + 1 + 20_000 + 26;
        }
        GetLogEventsResponse page = logs.getLogEvents(b -> b.logGroupName("big").logStreamName("s").startFromHead(true));
        assertThat(page.events()).hasSize(fit).hasSizeLessThan(120);
        FilterLogEventsResponse filtered = logs.filterLogEvents(b -> b.logGroupName("big"));
        assertThat(filtered.events()).hasSize(fit);
        assertThat(filtered.nextToken()).isNotNull();
    }

    @Test
    void badTokensAndMissingStreamsAreRefused() {
        numberedStream("get", "refusals", 1);
        assertThatThrownBy(() -> logs.getLogEvents(b -> b.logGroupName("get").logStreamName("refusals").nextToken("f/123")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("The specified nextToken is invalid."));
        assertThatThrownBy(() -> logs.getLogEvents(b -> b.logGroupName("get").logStreamName("absent")))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("The specified log stream does not exist."));
        assertThatThrownBy(() -> logs.getLogEvents(b -> b.logGroupName("absent").logStreamName("s")))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("The specified log group does not exist."));
        assertThatThrownBy(() -> logs.getLogEvents(b -> b.logGroupName("get").logStreamName("refusals").limit(10_001)))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> logs.filterLogEvents(b -> b.logGroupName("get").nextToken("nonsense")))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> logs.filterLogEvents(b -> b.logGroupName("absent")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void filterInterleavesStreamsInTimeOrderWithStreamNamesAndIds() {
        logs.createLogGroup(b -> b.logGroupName("interleave"));
        for (String s : List.of("a", "b", "c")) {
            logs.createLogStream(b -> b.logGroupName("interleave").logStreamName(s));
        }
        // a: 0,3,6..  b: 1,4,7..  c: 2,5,8..
        for (String s : List.of("a", "b", "c")) {
            int offset = s.charAt(0) - 'a';
            logs.putLogEvents(b -> b.logGroupName("interleave").logStreamName(s).logEvents(
                    IntStream.range(0, 10).mapToObj(i -> event(T0 + 3L * i + offset, s + (3 * i + offset))).toList()));
        }
        List<FilteredLogEvent> events = logs.filterLogEvents(b -> b.logGroupName("interleave")).events();
        assertThat(events).extracting(FilteredLogEvent::timestamp).isSorted().hasSize(30);
        assertThat(events.subList(0, 4)).extracting(FilteredLogEvent::logStreamName).containsExactly("a", "b", "c", "a");
        assertThat(events).extracting(FilteredLogEvent::eventId).doesNotHaveDuplicates().isSorted();
        assertThat(events.getFirst().message()).isEqualTo("a0");
        String arn = "arn:aws:logs:us-east-1:123456789012:log-group:interleave:*";
        assertThat(logs.filterLogEvents(b -> b.logGroupIdentifier(arn)).events()).hasSize(30);

        assertThat(logs.filterLogEvents(b -> b.logGroupName("interleave").logStreamNames("c", "missing")).events())
                .extracting(FilteredLogEvent::logStreamName).containsOnly("c").hasSize(10);
        assertThat(logs.filterLogEvents(b -> b.logGroupName("interleave").logStreamNamePrefix("b")).events()).hasSize(10);
        assertThatThrownBy(() -> logs.filterLogEvents(b -> b.logGroupName("interleave").logStreamNames("a")
                .logStreamNamePrefix("a"))).isInstanceOf(InvalidParameterException.class);
        // FilterLogEvents includes both ends of its time range.
        assertThat(logs.filterLogEvents(b -> b.logGroupName("interleave").startTime(T0 + 4).endTime(T0 + 6)).events())
                .extracting(FilteredLogEvent::message).containsExactly("b4", "c5", "a6");
    }

    @Test
    void filterPagesWithLimitAndTokensUntilNoTokenIsLeft() {
        numberedStream("paged-filter", "one", 2_500);
        numberedStream("paged-filter", "two", 2_500);
        List<String> ids = new ArrayList<>();
        int pages = 0;
        for (FilterLogEventsResponse page : logs.filterLogEventsPaginator(b -> b.logGroupName("paged-filter").limit(333))) {
            pages++;
            assertThat(page.events().size()).isLessThanOrEqualTo(333);
            page.events().forEach(e -> ids.add(e.eventId()));
        }
        assertThat(ids).hasSize(5_000).doesNotHaveDuplicates().isSorted();
        assertThat(pages).isBetween(16, 17);
    }

    @Test
    void filterPatternsWorkEndToEnd() {
        logs.createLogGroup(b -> b.logGroupName("patterns"));
        logs.createLogStream(b -> b.logGroupName("patterns").logStreamName("app"));
        List<String> lines = List.of(
                "[ERROR] connection reset by peer",
                "[WARN] slow response 1200ms",
                "[INFO] GET /health 200",
                "[DEBUG] cache miss key=42",
                "{\"level\":\"ERROR\",\"status\":503,\"latency\":2.5,\"user\":{\"id\":42}}",
                "{\"level\":\"INFO\",\"status\":200,\"latency\":0.1,\"user\":{\"id\":7},\"trace\":null}",
                "10.0.0.1 - - [24/Nov/2026:10:00:00 +0000] \"GET /index.html HTTP/1.1\" 404 512");
        logs.putLogEvents(b -> b.logGroupName("patterns").logStreamName("app").logEvents(
                IntStream.range(0, lines.size()).mapToObj(i -> event(T0 + i, lines.get(i))).toList()));

        assertThat(filter("ERROR")).containsExactly(0, 4);
        assertThat(filter("ERROR reset")).containsExactly(0);
        assertThat(filter("\"connection reset\"")).containsExactly(0);
        assertThat(filter("?WARN ?DEBUG")).containsExactly(1, 3);
        assertThat(filter("-DEBUG -level")).containsExactly(0, 1, 2, 6);
        assertThat(filter("{ $.level = \"ERROR\" }")).containsExactly(4);
        assertThat(filter("{ $.status >= 500 }")).containsExactly(4);
        assertThat(filter("{ $.latency > 1.5 }")).containsExactly(4);
        assertThat(filter("{ $.user.id = 42 }")).containsExactly(4);
        assertThat(filter("{ $.level != \"ERROR\" }")).containsExactly(5);
        assertThat(filter("{ $.trace IS NULL }")).containsExactly(5);
        assertThat(filter("{ $.trace NOT EXISTS && $.status = 503 }")).containsExactly(4);
        assertThat(filter("{ ($.status = 200 || $.status = 503) && $.latency < 1 }")).containsExactly(5);
        assertThat(filter("{ $.level = \"*RR*\" }")).containsExactly(4);
        assertThat(filter("[ip, identity, user, timestamp, request, status_code = 4*, bytes]")).containsExactly(6);
        assertThat(filter("%GET /[a-z]+ %")).containsExactly(2);
        assertThatThrownBy(() -> filter("{ $.level = "))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("Invalid filter pattern"));
    }

    private static List<Integer> filter(String pattern) {
        return logs.filterLogEvents(b -> b.logGroupName("patterns").filterPattern(pattern)).events().stream()
                .map(e -> (int) (e.timestamp() - T0)).toList();
    }

    /**
     * Pages of one FilterLogEvents search are a snapshot: while events keep arriving, the pages
     * hold every event stored before the search began, none twice, and nothing half-arrived; the
     * next search picks up the rest. A tail loop built on that sees every event exactly once.
     */
    @Test
    void filterPaginationNeitherLosesNorRepeatsEventsWhileTheyArrive() throws Exception {
        logs.createLogGroup(b -> b.logGroupName("live"));
        List<String> streams = List.of("w1", "w2", "w3");
        streams.forEach(s -> logs.createLogStream(b -> b.logGroupName("live").logStreamName(s)));
        Appender appender = new Appender("live", streams);
        Thread writer = Thread.ofVirtual().start(appender);
        try (CloudWatchLogsClient reader = new SandboxClients(sandbox.endpoint()).logs()) {
            Set<String> seenIds = new HashSet<>();
            List<String> seenMessages = new ArrayList<>();
            long startTime = 0;
            int searches = 0;
            boolean writerDone = false;
            while (true) {
                int acknowledgedBefore = appender.acknowledged();
                List<FilteredLogEvent> search = new ArrayList<>();
                String token = null;
                do {
                    String t = token;
                    long from = startTime;
                    FilterLogEventsResponse page = reader.filterLogEvents(b -> b.logGroupName("live").startTime(from)
                            .limit(37).nextToken(t));
                    search.addAll(page.events());
                    token = page.nextToken();
                } while (token != null);
                searches++;
                assertThat(search).extracting(FilteredLogEvent::eventId).doesNotHaveDuplicates().isSorted();
                for (FilteredLogEvent e : search) {
                    if (seenIds.add(e.eventId())) {
                        seenMessages.add(e.message());
                    }
                }
                // Everything acknowledged before this search began is in it or was seen before.
                assertThat(seenMessages.size()).isGreaterThanOrEqualTo(acknowledgedBefore);
                if (!search.isEmpty()) {
                    startTime = search.getLast().timestamp();
                }
                if (writerDone) {
                    break;
                }
                writerDone = !writer.isAlive();
            }
            writer.join();
            assertThat(appender.failure()).isNull();
            assertThat(searches).isGreaterThan(3);
            assertThat(seenMessages).containsExactlyInAnyOrderElementsOf(appender.sent());
            assertThat(control.logTruth("live", null, null, null).get("count").asInt()).isEqualTo(appender.sent().size());
        }
    }

    @Test
    void getLogEventsForwardTokensFollowAStreamThatKeepsGrowing() throws Exception {
        logs.createLogGroup(b -> b.logGroupName("tail"));
        logs.createLogStream(b -> b.logGroupName("tail").logStreamName("only"));
        Appender appender = new Appender("tail", List.of("only"));
        Thread writer = Thread.ofVirtual().start(appender);
        try (CloudWatchLogsClient reader = new SandboxClients(sandbox.endpoint()).logs()) {
            List<String> seen = new ArrayList<>();
            GetLogEventsResponse page = reader.getLogEvents(b -> b.logGroupName("tail").logStreamName("only")
                    .startFromHead(true).limit(25));
            seen.addAll(messages(page.events()));
            int idleAfterWriterStopped = 0;
            while (idleAfterWriterStopped < 2) {
                String token = page.nextForwardToken();
                page = reader.getLogEvents(b -> b.logGroupName("tail").logStreamName("only").startFromHead(true)
                        .limit(25).nextToken(token));
                seen.addAll(messages(page.events()));
                if (page.nextForwardToken().equals(token) && !writer.isAlive()) {
                    idleAfterWriterStopped++;
                }
            }
            writer.join();
            assertThat(appender.failure()).isNull();
            assertThat(seen).containsExactlyElementsOf(appender.sent());
        }
    }

    @Test
    void truthViewCountsWhatWasStoredInARange() {
        numberedStream("truth", "s", 50);
        JsonNode all = control.logTruth("truth", "s", null, null);
        assertThat(all.get("count").asInt()).isEqualTo(50);
        assertThat(all.get("streams").get("s").get("stored").asInt()).isEqualTo(50);
        JsonNode some = control.logTruth("truth", "s", T0 + 10, T0 + 20);
        assertThat(some.get("count").asInt()).isEqualTo(10);
        List<String> ids = new ArrayList<>();
        some.get("eventIds").forEach(n -> ids.add(n.asText()));
        List<String> viaApi = logs.filterLogEvents(b -> b.logGroupName("truth").startTime(T0 + 10).endTime(T0 + 19))
                .events().stream().map(FilteredLogEvent::eventId).toList();
        assertThat(ids).containsExactlyElementsOf(viaApi);
        assertThat(control.send("GET", "/_sandbox/logs/truth").get("_status").asInt()).isEqualTo(400);
        assertThat(control.logTruth("no-such-group", null, null, null).get("_status").asInt()).isEqualTo(400);
    }

    /** Puts numbered events round-robin into streams for a second and a half, as fast as the sandbox takes them. */
    private static final class Appender implements Runnable {
        private final String group;
        private final List<String> streams;
        private final List<String> sent = new ArrayList<>();
        private volatile int acknowledged;
        private volatile Throwable failure;

        Appender(String group, List<String> streams) {
            this.group = group;
            this.streams = streams;
        }

        @Override
        public void run() {
            try (CloudWatchLogsClient writer = new SandboxClients(sandbox.endpoint()).logs()) {
                long deadline = System.nanoTime() + 1_500_000_000L;
                long ts = System.currentTimeMillis();
                int n = 0;
                while (System.nanoTime() < deadline) {
                    String stream = streams.get(n % streams.size());
                    List<InputLogEvent> batch = new ArrayList<>();
                    List<String> messages = new ArrayList<>();
                    for (int i = 0; i < 7; i++, n++) {
                        String m = group + "-" + n;
                        messages.add(m);
                        batch.add(event(ts++, m));
                    }
                    writer.putLogEvents(b -> b.logGroupName(group).logStreamName(stream).logEvents(batch));
                    synchronized (sent) {
                        sent.addAll(messages);
                    }
                    acknowledged = n;
                }
            } catch (Throwable t) {
                failure = t;
            }
        }

        int acknowledged() {
            return acknowledged;
        }

        List<String> sent() {
            synchronized (sent) {
                return List.copyOf(sent);
            }
        }

        Throwable failure() {
            return failure;
        }
    }
}
