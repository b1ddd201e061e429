package dev.berth.core.sources;

import dev.berth.core.context.AwsContext;
import dev.berth.core.context.AwsErrors;
import dev.berth.core.limit.ApiCategory;
import dev.berth.core.logs.EventPage;
import dev.berth.core.logs.FilterRequest;
import dev.berth.core.logs.LiveListener;
import dev.berth.core.logs.LiveTailUnavailable;
import dev.berth.core.logs.LogEvents;
import dev.berth.core.logs.RawEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.LiveTailSessionLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.LiveTailSessionUpdate;
import software.amazon.awssdk.services.cloudwatchlogs.model.StartLiveTailRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.StartLiveTailResponseHandler;

/** CloudWatch Logs for the tail: FilterLogEvents pages and StartLiveTail sessions. */
public final class LogsSource implements LogEvents {
    private final AwsContext ctx;
    private final Supplier<String> account;

    /** {@code account} is asked only when a live tail starts (it needs log-group ARNs). */
    public LogsSource(AwsContext ctx, Supplier<String> account) {
        this.ctx = ctx;
        this.account = account;
    }

    @Override
    public EventPage filter(FilterRequest request) {
        FilterLogEventsRequest.Builder b = FilterLogEventsRequest.builder()
                .logGroupName(request.logGroup())
                .startTime(request.startTime())
                .nextToken(request.nextToken());
        if (!request.streams().isEmpty()) {
            b.logStreamNames(request.streams());
        }
        if (request.filterPattern() != null && !request.filterPattern().isBlank()) {
            b.filterPattern(request.filterPattern());
        }
        FilterLogEventsRequest r = b.build();
        var resp = ctx.call(ApiCategory.LOGS, "logs:FilterLogEvents", () -> ctx.logs().filterLogEvents(r));
        List<RawEvent> events = resp.events().stream().map(e -> raw(request.logGroup(), e)).toList();
        String next = resp.nextToken() == null || resp.nextToken().isEmpty() ? null : resp.nextToken();
        return new EventPage(events, next);
    }

    private static RawEvent raw(String group, FilteredLogEvent e) {
        return new RawEvent(e.eventId(), group, e.logStreamName(), n(e.timestamp()), n(e.ingestionTime()),
                e.message() == null ? "" : e.message());
    }

    @Override
    public AutoCloseable liveTail(List<String> logGroups, List<String> streams, String filterPattern, LiveListener listener) {
        String prefix = "arn:aws:logs:" + ctx.resolved().region() + ":" + account.get() + ":log-group:";
        StartLiveTailRequest.Builder b = StartLiveTailRequest.builder()
                .logGroupIdentifiers(logGroups.stream().map(g -> prefix + g).toList());
        if (logGroups.size() == 1 && !streams.isEmpty()) {
            b.logStreamNames(streams);
        }
        if (filterPattern != null && !filterPattern.isBlank()) {
            b.logEventFilterPattern(filterPattern);
        }
        StartLiveTailResponseHandler handler = StartLiveTailResponseHandler.builder()
                .subscriber(StartLiveTailResponseHandler.Visitor.builder()
                        .onSessionStart(started -> listener.onStarted())
                        .onSessionUpdate(u -> listener.onEvents(events(u), sampled(u)))
                        .build())
                .onError(t -> listener.onEnd(failure(t)))
                .onComplete(() -> listener.onEnd(null))
                .build();
        CompletableFuture<Void> session = ctx.call(ApiCategory.LOGS, "logs:StartLiveTail",
                () -> ctx.logsAsync().startLiveTail(b.build(), handler));
        return () -> session.cancel(true);
    }

    private RuntimeException failure(Throwable t) {
        Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        if (AwsErrors.unsupported(cause)) {
            return new LiveTailUnavailable("this endpoint has no live tail; polling FilterLogEvents instead", cause);
        }
        return AwsErrors.translate(cause, "logs:StartLiveTail", ctx.resolved());
    }

    private static List<RawEvent> events(LiveTailSessionUpdate u) {
        return u.sessionResults().stream().map(LogsSource::raw).toList();
    }

    private static RawEvent raw(LiveTailSessionLogEvent e) {
        return new RawEvent(null, groupName(e.logGroupIdentifier()), e.logStreamName(), n(e.timestamp()),
                n(e.ingestionTime()), e.message() == null ? "" : e.message());
    }

    private static boolean sampled(LiveTailSessionUpdate u) {
        return u.sessionMetadata() != null && Boolean.TRUE.equals(u.sessionMetadata().sampled());
    }

    /** {@code arn:aws:logs:r:a:log-group:NAME[:*]} to {@code NAME}. */
    static String groupName(String identifier) {
        if (identifier == null) {
            return null;
        }
        int at = identifier.indexOf(":log-group:");
        if (at < 0) {
            return identifier;
        }
        String name = identifier.substring(at + ":log-group:".length());
        return name.endsWith(":*") ? name.substring(0, name.length() - 2) : name;
    }

    private static long n(Long v) {
        return v == null ? 0 : v;
    }
}
