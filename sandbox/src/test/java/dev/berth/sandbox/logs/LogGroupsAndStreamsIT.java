package dev.berth.sandbox.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxClients;
import dev.berth.sandbox.SandboxOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogStream;
import software.amazon.awssdk.services.cloudwatchlogs.model.OrderBy;
import software.amazon.awssdk.services.cloudwatchlogs.model.PutLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

/** Log groups, log streams and PutLogEvents through the SDK's CloudWatchLogsClient. */
class LogGroupsAndStreamsIT {
    private static Sandbox sandbox;
    private static CloudWatchLogsClient logs;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("empty"));
        logs = new SandboxClients(sandbox.endpoint()).logs();
    }

    @AfterAll
    static void stop() {
        logs.close();
        sandbox.close();
    }

    @Test
    void createdGroupIsDescribedWithArnAndCreationTime() {
        long before = System.currentTimeMillis();
        logs.createLogGroup(b -> b.logGroupName("/ecs/describe-me"));
        LogGroup g = logs.describeLogGroups(b -> b.logGroupNamePrefix("/ecs/describe-me")).logGroups().getFirst();
        assertThat(g.logGroupName()).isEqualTo("/ecs/describe-me");
        assertThat(g.arn()).isEqualTo("arn:aws:logs:us-east-1:123456789012:log-group:/ecs/describe-me:*");
        assertThat(g.logGroupArn()).isEqualTo("arn:aws:logs:us-east-1:123456789012:log-group:/ecs/describe-me");
        assertThat(g.creationTime()).isBetween(before - 5_000, System.currentTimeMillis() + 5_000);
        assertThat(g.storedBytes()).isZero();
        assertThat(g.logGroupClassAsString()).isEqualTo("STANDARD");
        assertThat(g.retentionInDays()).isNull();
    }

    @Test
    void creatingAGroupTwiceIsResourceAlreadyExists() {
        logs.createLogGroup(b -> b.logGroupName("twice"));
        assertThatThrownBy(() -> logs.createLogGroup(b -> b.logGroupName("twice")))
                .isInstanceOfSatisfying(ResourceAlreadyExistsException.class, e -> {
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The specified log group already exists");
                    assertThat(e.statusCode()).isEqualTo(400);
                });
    }

    @Test
    void badGroupNamesAreInvalidParameters() {
        assertThatThrownBy(() -> logs.createLogGroup(b -> b.logGroupName("has space")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .contains("at 'logGroupName' failed to satisfy constraint"));
        assertThatThrownBy(() -> logs.createLogGroup(b -> b.logGroupName("x".repeat(513))))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void describeLogGroupsPagesThroughEveryGroupOnceInNameOrder() {
        List<String> created = IntStream.range(0, 123).mapToObj(i -> String.format("/paged/g%03d", i)).toList();
        created.forEach(n -> logs.createLogGroup(b -> b.logGroupName(n)));
        List<String> seen = new ArrayList<>();
        int pages = 0;
        for (var page : logs.describeLogGroupsPaginator(b -> b.logGroupNamePrefix("/paged/").limit(50))) {
            pages++;
            page.logGroups().forEach(g -> seen.add(g.logGroupName()));
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void groupsCreatedWhilePagingDoNotShiftThePages() {
        IntStream.range(0, 10).forEach(i -> logs.createLogGroup(b -> b.logGroupName("/shift/b" + i)));
        var first = logs.describeLogGroups(b -> b.logGroupNamePrefix("/shift/").limit(4));
        // A group sorting before the cursor and one after it appear meanwhile.
        logs.createLogGroup(b -> b.logGroupName("/shift/a-new"));
        logs.createLogGroup(b -> b.logGroupName("/shift/z-new"));
        List<String> seen = new ArrayList<>(first.logGroups().stream().map(LogGroup::logGroupName).toList());
        String token = first.nextToken();
        while (token != null) {
            String t = token;
            var page = logs.describeLogGroups(b -> b.logGroupNamePrefix("/shift/").limit(4).nextToken(t));
            page.logGroups().forEach(g -> seen.add(g.logGroupName()));
            token = page.nextToken();
        }
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 10).mapToObj(i -> "/shift/b" + i).toList());
    }

    @Test
    void describeLogGroupsByPatternAnswersOnlyNameTimeAndArn() {
        logs.createLogGroup(b -> b.logGroupName("/svc/DataLogs"));
        logs.createLogGroup(b -> b.logGroupName("/svc/datalogs"));
        var groups = logs.describeLogGroups(b -> b.logGroupNamePattern("DataLogs")).logGroups();
        assertThat(groups).extracting(LogGroup::logGroupName).containsExactly("/svc/DataLogs");
        assertThat(groups.getFirst().storedBytes()).isNull();
        assertThat(groups.getFirst().arn()).endsWith(":log-group:/svc/DataLogs:*");
        assertThatThrownBy(() -> logs.describeLogGroups(b -> b.logGroupNamePattern("x").logGroupNamePrefix("y")))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void limitAboveFiftyIsRefusedLikeAws() {
        assertThatThrownBy(() -> logs.describeLogGroups(b -> b.limit(51)))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("1 validation error detected: Value '51' at 'limit' failed to satisfy constraint: "
                                + "Member must have value less than or equal to 50"));
    }

    @Test
    void streamsNeedAnExistingGroupAndAUniqueName() {
        assertThatThrownBy(() -> logs.createLogStream(b -> b.logGroupName("nope").logStreamName("s")))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e ->
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The specified log group does not exist."));
        logs.createLogGroup(b -> b.logGroupName("streams-unique"));
        logs.createLogStream(b -> b.logGroupName("streams-unique").logStreamName("s"));
        assertThatThrownBy(() -> logs.createLogStream(b -> b.logGroupName("streams-unique").logStreamName("s")))
                .isInstanceOfSatisfying(ResourceAlreadyExistsException.class, e ->
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The specified log stream already exists"));
        assertThatThrownBy(() -> logs.createLogStream(b -> b.logGroupName("streams-unique").logStreamName("a:b")))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void describeLogStreamsOrdersByNameOrLastEventTimeEitherWay() {
        String group = "order-streams";
        logs.createLogGroup(b -> b.logGroupName(group));
        long now = System.currentTimeMillis();
        // Names and last event times sort in opposite orders.
        List<String> names = List.of("alpha", "bravo", "charlie", "delta");
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            long ts = now - i * 1_000L;
            logs.createLogStream(b -> b.logGroupName(group).logStreamName(n));
            put(group, n, ts, "hello from " + n);
        }
        logs.createLogStream(b -> b.logGroupName(group).logStreamName("empty"));

        assertThat(streamNames(logs.describeLogStreams(b -> b.logGroupName(group)).logStreams()))
                .containsExactly("alpha", "bravo", "charlie", "delta", "empty");
        assertThat(streamNames(logs.describeLogStreams(b -> b.logGroupName(group).descending(true)).logStreams()))
                .containsExactly("empty", "delta", "charlie", "bravo", "alpha");
        assertThat(streamNames(logs.describeLogStreams(b -> b.logGroupName(group).orderBy(OrderBy.LAST_EVENT_TIME)
                .descending(true)).logStreams()))
                .containsExactly("alpha", "bravo", "charlie", "delta", "empty");
        assertThat(streamNames(logs.describeLogStreams(b -> b.logGroupName(group).logStreamNamePrefix("b")).logStreams()))
                .containsExactly("bravo");

        LogStream alpha = logs.describeLogStreams(b -> b.logGroupName(group).logStreamNamePrefix("alpha")).logStreams().getFirst();
        assertThat(alpha.firstEventTimestamp()).isEqualTo(now);
        assertThat(alpha.lastEventTimestamp()).isEqualTo(now);
        assertThat(alpha.lastIngestionTime()).isNotNull();
        assertThat(alpha.arn()).isEqualTo("arn:aws:logs:us-east-1:123456789012:log-group:order-streams:log-stream:alpha");
        LogStream empty = logs.describeLogStreams(b -> b.logGroupName(group).logStreamNamePrefix("empty")).logStreams().getFirst();
        assertThat(empty.firstEventTimestamp()).isNull();
        assertThat(empty.creationTime()).isPositive();
    }

    @Test
    void describeLogStreamsByLastEventTimeKeepsItsPagesWhileEventsArrive() {
        String group = "moving-streams";
        logs.createLogGroup(b -> b.logGroupName(group));
        long now = System.currentTimeMillis();
        for (int i = 0; i < 12; i++) {
            String n = "s" + i;
            logs.createLogStream(b -> b.logGroupName(group).logStreamName(n));
            put(group, n, now - 60_000 + i * 1_000L, "first");
        }
        var first = logs.describeLogStreams(b -> b.logGroupName(group).orderBy(OrderBy.LAST_EVENT_TIME).descending(true).limit(5));
        // s0 (oldest, not yet listed) becomes the newest: it must not vanish from the listing.
        put(group, "s0", now, "late");
        List<String> seen = new ArrayList<>(streamNames(first.logStreams()));
        String token = first.nextToken();
        while (token != null) {
            String t = token;
            var page = logs.describeLogStreams(b -> b.logGroupName(group).orderBy(OrderBy.LAST_EVENT_TIME).descending(true)
                    .limit(5).nextToken(t));
            seen.addAll(streamNames(page.logStreams()));
            token = page.nextToken();
        }
        assertThat(seen).containsExactly("s11", "s10", "s9", "s8", "s7", "s6", "s5", "s4", "s3", "s2", "s1", "s0");
    }

    @Test
    void describeLogStreamsRefusesContradictions() {
        logs.createLogGroup(b -> b.logGroupName("contradictions"));
        assertThatThrownBy(() -> logs.describeLogStreams(b -> b.logGroupName("contradictions")
                .orderBy(OrderBy.LAST_EVENT_TIME).logStreamNamePrefix("x")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("Cannot order by LastEventTime with a logStreamNamePrefix."));
        assertThatThrownBy(() -> logs.describeLogStreams(b -> b.logGroupName("contradictions")
                .logGroupIdentifier("contradictions"))).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> logs.describeLogStreams(b -> b.logGroupName("absent")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> logs.describeLogStreams(b -> b.logGroupName("contradictions").nextToken("garbage!")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("The specified nextToken is invalid."));
    }

    @Test
    void logGroupIdentifierMayBeTheArn() {
        logs.createLogGroup(b -> b.logGroupName("by-arn"));
        logs.createLogStream(b -> b.logGroupName("by-arn").logStreamName("only"));
        String arn = logs.describeLogGroups(b -> b.logGroupNamePrefix("by-arn")).logGroups().getFirst().arn();
        assertThat(logs.describeLogStreams(b -> b.logGroupIdentifier(arn)).logStreams()).extracting(LogStream::logStreamName)
                .containsExactly("only");
        String bare = arn.substring(0, arn.length() - 2);
        assertThat(logs.describeLogStreams(b -> b.logGroupIdentifier(bare)).logStreams()).hasSize(1);
    }

    @Test
    void putLogEventsStoresEventsAndCountsTheirBytes() {
        stream("bytes", "s");
        long now = System.currentTimeMillis();
        PutLogEventsResponse r = logs.putLogEvents(b -> b.logGroupName("bytes").logStreamName("s")
                .sequenceToken("ignored-like-aws-now-does")
                .logEvents(event(now, "abc"), event(now + 1, "déjà")));
        assertThat(r.nextSequenceToken()).isNotBlank();
        assertThat(r.rejectedLogEventsInfo()).isNull();
        // Messages in UTF-8 ("déjà" is 6 bytes) plus 26 bytes per event.
        assertThat(logs.describeLogGroups(b -> b.logGroupNamePrefix("bytes")).logGroups().getFirst().storedBytes())
                .isEqualTo((3 + 26) + (6 + 26));
    }

    @Test
    void putLogEventsWantsChronologicalOrder() {
        stream("chrono", "s");
        long now = System.currentTimeMillis();
        assertThatThrownBy(() -> logs.putLogEvents(b -> b.logGroupName("chrono").logStreamName("s")
                .logEvents(event(now, "b"), event(now - 1, "a"))))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("Log events in a single PutLogEvents request must be in chronological order."));
    }

    @Test
    void putLogEventsReportsTooOldAndTooNewEventsAndStoresTheRest() {
        stream("rejects", "s");
        long now = System.currentTimeMillis();
        long day = 86_400_000L;
        PutLogEventsResponse r = logs.putLogEvents(b -> b.logGroupName("rejects").logStreamName("s").logEvents(
                event(now - 15 * day, "too old 1"), event(now - 15 * day + 1, "too old 2"),
                event(now, "fine"),
                event(now + 3 * 3_600_000L, "too new")));
        assertThat(r.rejectedLogEventsInfo().tooOldLogEventEndIndex()).isEqualTo(2);
        assertThat(r.rejectedLogEventsInfo().tooNewLogEventStartIndex()).isEqualTo(3);
        assertThat(r.rejectedLogEventsInfo().expiredLogEventEndIndex()).isNull();
        assertThat(logs.getLogEvents(b -> b.logGroupName("rejects").logStreamName("s")).events())
                .extracting(e -> e.message()).containsExactly("fine");
    }

    @Test
    void eventsBeforeTheRetentionPeriodAreReportedExpired() {
        stream("retained", "s");
        logs.putRetentionPolicy(b -> b.logGroupName("retained").retentionInDays(1));
        long now = System.currentTimeMillis();
        PutLogEventsResponse r = logs.putLogEvents(b -> b.logGroupName("retained").logStreamName("s").logEvents(
                event(now - 2 * 86_400_000L, "expired"), event(now, "kept")));
        assertThat(r.rejectedLogEventsInfo().expiredLogEventEndIndex()).isEqualTo(1);
        assertThat(logs.describeLogGroups(b -> b.logGroupNamePrefix("retained")).logGroups().getFirst().retentionInDays())
                .isEqualTo(1);
        assertThatThrownBy(() -> logs.putRetentionPolicy(b -> b.logGroupName("retained").retentionInDays(2)))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void putLogEventsEnforcesBatchLimits() {
        stream("limits", "s");
        long now = System.currentTimeMillis();
        List<InputLogEvent> tooMany = IntStream.range(0, 10_001).mapToObj(i -> event(now, "e")).toList();
        assertThatThrownBy(() -> logs.putLogEvents(b -> b.logGroupName("limits").logStreamName("s").logEvents(tooMany)))
                .isInstanceOf(InvalidParameterException.class);
        List<InputLogEvent> tooBig = IntStream.range(0, 5).mapToObj(i -> event(now, "x".repeat(250_000))).toList();
        assertThatThrownBy(() -> logs.putLogEvents(b -> b.logGroupName("limits").logStreamName("s").logEvents(tooBig)))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("Upload too large: 1250130 bytes exceeds limit of 1048576"));
        List<InputLogEvent> tenThousand = IntStream.range(0, 10_000).mapToObj(i -> event(now + i, "e" + i)).toList();
        logs.putLogEvents(b -> b.logGroupName("limits").logStreamName("s").logEvents(tenThousand));
        assertThatThrownBy(() -> logs.putLogEvents(b -> b.logGroupName("limits").logStreamName("s")
                .logEvents(event(now - 86_400_000L + 10_000, "a"), event(now + 3_600_000L, "b"))))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .contains("cannot span more than 24 hours"));
        assertThatThrownBy(() -> logs.putLogEvents(b -> b.logGroupName("limits").logStreamName("s").logEvents(List.of())))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void putLogEventsToAMissingStreamOrGroupIsResourceNotFound() {
        stream("half", "s");
        long now = System.currentTimeMillis();
        assertThatThrownBy(() -> logs.putLogEvents(b -> b.logGroupName("half").logStreamName("other").logEvents(event(now, "x"))))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("The specified log stream does not exist."));
        assertThatThrownBy(() -> logs.putLogEvents(b -> b.logGroupName("none").logStreamName("s").logEvents(event(now, "x"))))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("The specified log group does not exist."));
    }

    private static void stream(String group, String stream) {
        logs.createLogGroup(b -> b.logGroupName(group));
        logs.createLogStream(b -> b.logGroupName(group).logStreamName(stream));
    }

    private static void put(String group, String stream, long timestamp, String message) {
        logs.putLogEvents(b -> b.logGroupName(group).logStreamName(stream).logEvents(event(timestamp, message)));
    }

    static InputLogEvent event(long timestamp, String message) {
        return InputLogEvent.builder().timestamp(timestamp).message(message).build();
    }

    private static List<String> streamNames(List<LogStream> streams) {
        return streams.stream().map(LogStream::logStreamName).toList();
    }
}
