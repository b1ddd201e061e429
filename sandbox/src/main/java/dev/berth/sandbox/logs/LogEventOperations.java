package dev.berth.sandbox.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.logs.pattern.FilterPattern;
import dev.berth.sandbox.logs.pattern.InvalidFilterPatternException;
import dev.berth.sandbox.sim.Region;
import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.Call;
import dev.berth.sandbox.wire.Input;
import dev.berth.sandbox.wire.JsonCodec;
import dev.berth.sandbox.wire.PageToken;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** PutLogEvents, GetLogEvents and FilterLogEvents, with AWS's batch rules, tokens and page limits. */
final class LogEventOperations {
    private static final Logger LOG = LoggerFactory.getLogger(LogEventOperations.class);
    /** Events per batch and per page; bytes per batch and per page (messages in UTF-8 + 26 per event). */
    static final int MAX_EVENTS = 10_000;
    static final int MAX_BYTES = 1_048_576;
    private static final long TOO_OLD_MILLIS = Duration.ofDays(14).toMillis();
    private static final long TOO_NEW_MILLIS = Duration.ofHours(2).toMillis();
    private static final long MAX_BATCH_SPAN_MILLIS = Duration.ofHours(24).toMillis();
    private static final int MAX_STREAM_NAMES = 100;
    /** FilterLogEvents reads this many events at a time under the store's lock... */
    private static final int SCAN_CHUNK = 1_000;
    /** ...and answers, possibly with fewer events than asked for, once it has looked at this many. */
    private static final int MAX_SCANNED_PER_PAGE = 100_000;
    private static final String FILTER_TOKEN = "filter";

    private final World world;

    LogEventOperations(World world) {
        this.world = world;
    }

    JsonNode putLogEvents(Call call) {
        Input in = call.input();
        String group = LogsRequests.required(in, "logGroupName");
        String stream = LogsRequests.required(in, "logStreamName");
        List<LogStore.NewEvent> batch = readBatch(in);
        LogStore logs = world.region(call.region()).logs();
        if (!logs.hasGroup(group)) {
            throw LogsRequests.groupNotFound();
        }
        if (!logs.hasStream(group, stream)) {
            throw LogsRequests.streamNotFound();
        }

        long now = world.now().toEpochMilli();
        int tooOldEnd = countBefore(batch, now - TOO_OLD_MILLIS);
        Integer retention = logs.retentionInDays(group).orElse(null);
        int expiredEnd = retention == null ? 0 : countBefore(batch, now - Duration.ofDays(retention).toMillis());
        int tooNewStart = countBefore(batch, now + TOO_NEW_MILLIS + 1);
        List<LogStore.NewEvent> accepted = batch.subList(Math.min(Math.max(tooOldEnd, expiredEnd), tooNewStart), tooNewStart);
        if (!accepted.isEmpty()
                && accepted.getLast().timestamp() - accepted.getFirst().timestamp() > MAX_BATCH_SPAN_MILLIS) {
            throw LogsRequests.invalid("The batch of log events in a single PutLogEvents request cannot span more than 24 hours.");
        }
        if (!logs.put(group, stream, accepted, now)) {
            throw LogsRequests.streamNotFound();
        }

        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        // Sequence tokens are ignored on the way in, as AWS now does; one is still answered for old clients.
        out.put("nextSequenceToken", new EventPosition(0, logs.watermark()).digits());
        if (tooOldEnd > 0 || expiredEnd > tooOldEnd || tooNewStart < batch.size()) {
            ObjectNode rejected = out.putObject("rejectedLogEventsInfo");
            if (tooNewStart < batch.size()) {
                rejected.put("tooNewLogEventStartIndex", tooNewStart);
            }
            if (tooOldEnd > 0) {
                rejected.put("tooOldLogEventEndIndex", tooOldEnd);
            }
            if (expiredEnd > tooOldEnd) {
                rejected.put("expiredLogEventEndIndex", expiredEnd);
            }
        }
        return out;
    }

    /** The events of a PutLogEvents request, checked against AWS's batch rules. */
    private static List<LogStore.NewEvent> readBatch(Input in) {
        if (!in.has("logEvents")) {
            throw LogsRequests.missing("logEvents");
        }
        List<Input> raw = in.list("logEvents");
        if (raw.isEmpty()) {
            throw LogsRequests.constraint("[]", "logEvents", "Member must have length greater than or equal to 1");
        }
        if (raw.size() > MAX_EVENTS) {
            throw LogsRequests.constraint("[...]", "logEvents", "Member must have length less than or equal to " + MAX_EVENTS);
        }
        List<LogStore.NewEvent> batch = new ArrayList<>(raw.size());
        long bytes = 0;
        for (int i = 0; i < raw.size(); i++) {
            Input e = raw.get(i);
            Long timestamp = LogsRequests.millis(e, "timestamp");
            String message = e.string("message");
            String member = "logEvents." + (i + 1);
            if (timestamp == null) {
                throw LogsRequests.missing(member + ".member.timestamp");
            }
            if (message == null) {
                throw LogsRequests.missing(member + ".member.message");
            }
            if (message.isEmpty()) {
                throw LogsRequests.constraint("", member + ".member.message", "Member must have length greater than or equal to 1");
            }
            if (!batch.isEmpty() && timestamp < batch.getLast().timestamp()) {
                throw LogsRequests.invalid("Log events in a single PutLogEvents request must be in chronological order.");
            }
            bytes += LogEvent.utf8Length(message) + LogEvent.OVERHEAD_BYTES;
            batch.add(new LogStore.NewEvent(timestamp, message));
        }
        if (bytes > MAX_BYTES) {
            throw LogsRequests.invalid("Upload too large: " + bytes + " bytes exceeds limit of " + MAX_BYTES);
        }
        return batch;
    }

    /** How many events of a chronological batch have timestamps before {@code millis}. */
    private static int countBefore(List<LogStore.NewEvent> batch, long millis) {
        int n = 0;
        while (n < batch.size() && batch.get(n).timestamp() < millis) {
            n++;
        }
        return n;
    }

    /**
     * One page of a stream, oldest event first. Without a token: the oldest events of the time
     * range if {@code startFromHead}, else the newest. {@code f/} tokens read on after the page's
     * last event, {@code b/} tokens back from its first; at either end of the stream the token that
     * was passed in comes back unchanged.
     */
    JsonNode getLogEvents(Call call) {
        Input in = call.input();
        Region region = world.region(call.region());
        String group = LogsRequests.groupName(in, region);
        String stream = LogsRequests.required(in, "logStreamName");
        long start = orElse(LogsRequests.millis(in, "startTime"), 0L);
        Long endTime = LogsRequests.millis(in, "endTime");
        long endExclusive = endTime == null ? Long.MAX_VALUE : endTime;
        int limit = LogsRequests.limit(in, MAX_EVENTS, MAX_EVENTS);
        boolean fromHead = in.bool("startFromHead", false);
        StreamToken token = StreamToken.parse(in.string("nextToken"));
        LogStore logs = region.logs();
        if (!logs.hasGroup(group)) {
            throw LogsRequests.groupNotFound();
        }
        if (!logs.hasStream(group, stream)) {
            throw LogsRequests.streamNotFound();
        }

        boolean forward = token == null ? fromHead : token.forward();
        EventPosition from = token != null ? token.position() : forward ? EventPosition.BEFORE_ALL : EventPosition.AFTER_ALL;
        List<LogEvent> events = logs.readStream(group, stream, forward, from, start, endExclusive, limit, MAX_BYTES);

        StreamToken next;
        StreamToken previous;
        if (!events.isEmpty()) {
            next = new StreamToken(true, events.getLast().position());
            previous = new StreamToken(false, events.getFirst().position());
        } else if (token == null) {
            next = new StreamToken(true, EventPosition.BEFORE_ALL);
            previous = new StreamToken(false, EventPosition.BEFORE_ALL);
        } else if (token.forward()) {
            next = token;
            previous = new StreamToken(false, token.position().successor());
        } else {
            previous = token;
            next = new StreamToken(true, token.position().predecessor());
        }

        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        ArrayNode rows = out.putArray("events");
        for (LogEvent e : events) {
            ObjectNode row = rows.addObject();
            row.put("timestamp", e.timestamp());
            row.put("message", e.message());
            row.put("ingestionTime", e.ingestionTime());
        }
        out.put("nextForwardToken", next.text());
        out.put("nextBackwardToken", previous.text());
        return out;
    }

    /**
     * Matching events of a group's streams, merged in time order. Pages are one snapshot: the
     * token keeps the position of the last event looked at and the store's watermark at the first
     * page, so events arriving while a client pages are neither repeated nor half-included; the
     * next search sees them.
     */
    JsonNode filterLogEvents(Call call) {
        Input in = call.input();
        Region region = world.region(call.region());
        String group = LogsRequests.groupName(in, region);
        StreamSelector selector = selector(in);
        long start = orElse(LogsRequests.millis(in, "startTime"), 0L);
        Long endTime = LogsRequests.millis(in, "endTime");
        // FilterLogEvents includes events at endTime, unlike GetLogEvents.
        long endExclusive = endTime == null || endTime == Long.MAX_VALUE ? Long.MAX_VALUE : endTime + 1;
        FilterPattern pattern = pattern(in.string("filterPattern"));
        int limit = LogsRequests.limit(in, MAX_EVENTS, MAX_EVENTS);
        LogStore logs = region.logs();
        if (!logs.hasGroup(group)) {
            throw LogsRequests.groupNotFound();
        }

        EventPosition cursor = EventPosition.BEFORE_ALL;
        long watermark = logs.watermark();
        String token = in.string("nextToken");
        if (token != null) {
            List<String> fields = PageToken.decode(token, FILTER_TOKEN, 3, LogsRequests.invalidToken());
            try {
                cursor = new EventPosition(PageToken.number(fields.get(0), LogsRequests.invalidToken()),
                        PageToken.number(fields.get(1), LogsRequests.invalidToken()));
            } catch (IllegalArgumentException e) {
                throw LogsRequests.invalidToken();
            }
            watermark = PageToken.number(fields.get(2), LogsRequests.invalidToken());
        }

        List<FoundEvent> found = new ArrayList<>();
        long bytes = 0;
        int scanned = 0;
        boolean exhausted = false;
        search:
        while (scanned < MAX_SCANNED_PER_PAGE) {
            List<FoundEvent> chunk = logs.scan(group, selector, start, endExclusive, cursor, watermark, SCAN_CHUNK);
            for (FoundEvent f : chunk) {
                if (pattern.matches(f.event().message())) {
                    if (found.size() == limit || (!found.isEmpty() && bytes + f.event().size() > MAX_BYTES)) {
                        break search;
                    }
                    found.add(f);
                    bytes += f.event().size();
                }
                cursor = f.event().position();
                scanned++;
            }
            if (chunk.size() < SCAN_CHUNK) {
                exhausted = true;
                break;
            }
        }

        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        ArrayNode rows = out.putArray("events");
        for (FoundEvent f : found) {
            ObjectNode row = rows.addObject();
            row.put("logStreamName", f.stream());
            row.put("timestamp", f.event().timestamp());
            row.put("message", f.event().message());
            row.put("ingestionTime", f.event().ingestionTime());
            row.put("eventId", f.event().eventId());
        }
        out.putArray("searchedLogStreams");
        if (!exhausted) {
            out.put("nextToken", PageToken.encode(FILTER_TOKEN, cursor.timestamp(), cursor.sequence(), watermark));
        }
        return out;
    }

    private static StreamSelector selector(Input in) {
        boolean named = in.has("logStreamNames");
        String prefix = in.string("logStreamNamePrefix");
        if (named && prefix != null) {
            throw LogsRequests.invalid("You cannot specify both logStreamNames and logStreamNamePrefix.");
        }
        if (!named) {
            return new StreamSelector(null, prefix);
        }
        List<String> names = in.strings("logStreamNames");
        if (names.isEmpty()) {
            throw LogsRequests.constraint("[]", "logStreamNames", "Member must have length greater than or equal to 1");
        }
        if (names.size() > MAX_STREAM_NAMES) {
            throw LogsRequests.constraint("[...]", "logStreamNames", "Member must have length less than or equal to " + MAX_STREAM_NAMES);
        }
        return new StreamSelector(names, null);
    }

    private static FilterPattern pattern(String text) {
        try {
            return FilterPattern.parse(text);
        } catch (InvalidFilterPatternException e) {
            LOG.debug("refused filter pattern: {}", e.getMessage());
            throw LogsRequests.invalid("Invalid filter pattern");
        }
    }

    private static long orElse(Long value, long fallback) {
        return value == null ? fallback : value;
    }

    /** A GetLogEvents token: {@code f/<position>/s} reads forward from a position, {@code b/...} backward. */
    private record StreamToken(boolean forward, EventPosition position) {
        static StreamToken parse(String text) {
            if (text == null) {
                return null;
            }
            EventPosition p = text.length() > 4 && text.endsWith("/s") && text.charAt(1) == '/'
                    ? EventPosition.parse(text.substring(2, text.length() - 2)) : null;
            if (p == null || (text.charAt(0) != 'f' && text.charAt(0) != 'b')) {
                throw LogsRequests.invalidToken();
            }
            return new StreamToken(text.charAt(0) == 'f', p);
        }

        String text() {
            return (forward ? "f/" : "b/") + position.digits() + "/s";
        }
    }
}
