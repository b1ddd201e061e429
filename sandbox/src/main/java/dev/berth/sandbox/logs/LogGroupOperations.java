package dev.berth.sandbox.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.sim.Region;
import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.AwsException;
import dev.berth.sandbox.wire.Call;
import dev.berth.sandbox.wire.Input;
import dev.berth.sandbox.wire.JsonCodec;
import dev.berth.sandbox.wire.PageToken;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** CreateLogGroup, DescribeLogGroups, PutRetentionPolicy, CreateLogStream and DescribeLogStreams. */
final class LogGroupOperations {
    private static final int MAX_PAGE = 50;
    private static final String GROUPS_TOKEN = "groups";
    private static final String STREAMS_TOKEN = "streams";
    private static final Set<String> GROUP_CLASSES = Set.of("STANDARD", "INFREQUENT_ACCESS", "DELIVERY");
    private static final Set<Integer> RETENTION_DAYS = Set.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400,
            545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    private final World world;

    LogGroupOperations(World world) {
        this.world = world;
    }

    JsonNode createLogGroup(Call call) {
        Input in = call.input();
        String name = LogsRequests.validGroupName(in);
        String logGroupClass = in.string("logGroupClass", "STANDARD");
        if (!GROUP_CLASSES.contains(logGroupClass)) {
            throw LogsRequests.constraint(logGroupClass, "logGroupClass",
                    "Member must satisfy enum value set: [STANDARD, INFREQUENT_ACCESS, DELIVERY]");
        }
        // Tags, KMS keys and deletion protection are accepted and not kept: nothing in the sandbox reads them.
        if (!logs(call).createGroup(name, world.now().toEpochMilli(), logGroupClass)) {
            throw AwsException.client("ResourceAlreadyExistsException", "The specified log group already exists");
        }
        return JsonCodec.MAPPER.createObjectNode();
    }

    JsonNode putRetentionPolicy(Call call) {
        Input in = call.input();
        String name = LogsRequests.required(in, "logGroupName");
        Integer days = in.integer("retentionInDays");
        if (days == null) {
            throw LogsRequests.missing("retentionInDays");
        }
        if (!RETENTION_DAYS.contains(days)) {
            throw LogsRequests.constraint(days, "retentionInDays",
                    "Member must satisfy enum value set: " + RETENTION_DAYS.stream().sorted().toList());
        }
        if (!logs(call).setRetention(name, days)) {
            throw LogsRequests.groupNotFound();
        }
        return JsonCodec.MAPPER.createObjectNode();
    }

    /** Name order; the token keeps the last name and the snapshot's watermark. */
    JsonNode describeLogGroups(Call call) {
        Input in = call.input();
        Region region = world.region(call.region());
        String prefix = in.string("logGroupNamePrefix");
        String pattern = in.string("logGroupNamePattern");
        if (prefix != null && pattern != null) {
            throw LogsRequests.invalid("LogGroupNamePrefix and LogGroupNamePattern are mutually exclusive.");
        }
        List<String> identifiers = in.strings("logGroupIdentifiers");
        String logGroupClass = in.string("logGroupClass");
        int limit = LogsRequests.limit(in, MAX_PAGE, MAX_PAGE);
        LogStore logs = region.logs();

        String after = null;
        long watermark = logs.watermark();
        String token = in.string("nextToken");
        if (token != null) {
            List<String> fields = PageToken.decode(token, GROUPS_TOKEN, 2, LogsRequests.invalidToken());
            after = fields.get(0);
            watermark = PageToken.number(fields.get(1), LogsRequests.invalidToken());
        }
        Set<String> named = new HashSet<>();
        for (String id : identifiers) {
            named.add(LogsRequests.groupFromIdentifier(id, region));
        }
        Predicate<String> filter = n -> (prefix == null || n.startsWith(prefix))
                && (pattern == null || n.contains(pattern))
                && (named.isEmpty() || named.contains(n));
        List<LogGroupInfo> page = logs.groups(filter, logGroupClass, after, watermark, limit + 1);

        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        ArrayNode rows = out.putArray("logGroups");
        for (LogGroupInfo g : page.subList(0, Math.min(limit, page.size()))) {
            ObjectNode row = rows.addObject();
            row.put("logGroupName", g.name());
            row.put("creationTime", g.creationTime());
            row.put("arn", LogsRequests.groupArn(region, g.name()) + ":*");
            if (pattern != null) {
                continue; // AWS answers only name, creation time and ARN for pattern searches.
            }
            if (g.retentionInDays() != null) {
                row.put("retentionInDays", g.retentionInDays());
            }
            row.put("metricFilterCount", 0);
            row.put("storedBytes", g.storedBytes());
            row.put("logGroupClass", g.logGroupClass());
            row.put("logGroupArn", LogsRequests.groupArn(region, g.name()));
        }
        if (page.size() > limit) {
            out.put("nextToken", PageToken.encode(GROUPS_TOKEN, page.get(limit - 1).name(), watermark));
        }
        return out;
    }

    JsonNode createLogStream(Call call) {
        Input in = call.input();
        String group = LogsRequests.required(in, "logGroupName");
        String stream = LogsRequests.validStreamName(in);
        switch (logs(call).createStream(group, stream, world.now().toEpochMilli())) {
            case GROUP_MISSING -> throw LogsRequests.groupNotFound();
            case ALREADY_EXISTS -> throw AwsException.client("ResourceAlreadyExistsException",
                    "The specified log stream already exists");
            case CREATED -> {
            }
        }
        return JsonCodec.MAPPER.createObjectNode();
    }

    /**
     * By name or by last event time, either way round. The token keeps the last row's sort key and
     * name and the snapshot's watermark, so streams that receive events between pages keep their place.
     */
    JsonNode describeLogStreams(Call call) {
        Input in = call.input();
        Region region = world.region(call.region());
        String group = LogsRequests.groupName(in, region);
        String prefix = in.string("logStreamNamePrefix");
        String orderBy = in.string("orderBy", "LogStreamName");
        if (!orderBy.equals("LogStreamName") && !orderBy.equals("LastEventTime")) {
            throw LogsRequests.constraint(orderBy, "orderBy", "Member must satisfy enum value set: [LogStreamName, LastEventTime]");
        }
        boolean byLastEventTime = orderBy.equals("LastEventTime");
        if (byLastEventTime && prefix != null) {
            throw LogsRequests.invalid("Cannot order by LastEventTime with a logStreamNamePrefix.");
        }
        boolean descending = in.bool("descending", false);
        int limit = LogsRequests.limit(in, MAX_PAGE, MAX_PAGE);
        LogStore logs = region.logs();

        long afterKey = 0;
        String afterName = null;
        long watermark = logs.watermark();
        String token = in.string("nextToken");
        if (token != null) {
            List<String> fields = PageToken.decode(token, STREAMS_TOKEN, 3, LogsRequests.invalidToken());
            afterKey = PageToken.number(fields.get(0), LogsRequests.invalidToken());
            afterName = fields.get(1);
            watermark = PageToken.number(fields.get(2), LogsRequests.invalidToken());
        }
        List<LogStore.StreamRow> page = logs.streams(group, prefix, byLastEventTime, descending, afterKey, afterName,
                watermark, limit + 1).orElseThrow(LogsRequests::groupNotFound);

        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        ArrayNode rows = out.putArray("logStreams");
        for (LogStore.StreamRow r : page.subList(0, Math.min(limit, page.size()))) {
            LogStreamInfo s = r.info();
            ObjectNode row = rows.addObject();
            row.put("logStreamName", s.name());
            row.put("creationTime", s.creationTime());
            if (s.firstEventTimestamp() != null) {
                row.put("firstEventTimestamp", s.firstEventTimestamp());
                row.put("lastEventTimestamp", s.lastEventTimestamp());
                row.put("lastIngestionTime", s.lastIngestionTime());
            }
            row.put("arn", LogsRequests.groupArn(region, group) + ":log-stream:" + s.name());
            row.put("storedBytes", s.storedBytes());
        }
        if (page.size() > limit) {
            LogStore.StreamRow last = page.get(limit - 1);
            out.put("nextToken", PageToken.encode(STREAMS_TOKEN, last.orderKey(), last.info().name(), watermark));
        }
        return out;
    }

    private LogStore logs(Call call) {
        return world.region(call.region()).logs();
    }
}
