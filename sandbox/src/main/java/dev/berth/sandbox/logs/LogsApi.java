package dev.berth.sandbox.logs;

import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.AwsService;
import dev.berth.sandbox.wire.Protocol;
import java.util.Map;
import java.util.Set;

/** CloudWatch Logs (awsJson 1.1, {@code Logs_20140328}): groups, streams and events of each region's {@link LogStore}. */
public final class LogsApi {
    private LogsApi() {
    }

    public static AwsService service(World world) {
        LogGroupOperations groups = new LogGroupOperations(world);
        LogEventOperations events = new LogEventOperations(world);
        return new AwsService("logs", "Logs_20140328", null, "2014-03-28", LogsRequests.INVALID,
                Set.of(Protocol.AWS_JSON_1_1),
                Map.of(
                        "CreateLogGroup", groups::createLogGroup,
                        "DescribeLogGroups", groups::describeLogGroups,
                        "PutRetentionPolicy", groups::putRetentionPolicy,
                        "CreateLogStream", groups::createLogStream,
                        "DescribeLogStreams", groups::describeLogStreams,
                        "PutLogEvents", events::putLogEvents,
                        "GetLogEvents", events::getLogEvents,
                        "FilterLogEvents", events::filterLogEvents),
                Set.of("CreateLogGroup", "PutRetentionPolicy", "CreateLogStream", "PutLogEvents"));
    }
}
