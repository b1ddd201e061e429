package dev.berth.sandbox.metrics;

import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.AwsException;
import dev.berth.sandbox.wire.AwsService;
import dev.berth.sandbox.wire.Operation;
import dev.berth.sandbox.wire.Protocol;
import java.util.Map;
import java.util.Set;

/**
 * CloudWatch ({@code monitoring}) in the three protocols its clients use: awsQuery (SDK for Java
 * 2.40.2, AWS CLI v2), awsJson 1.0 and Smithy RPC v2 CBOR (botocore 1.43), over each region's
 * {@link MetricStore}.
 */
public final class CloudWatchApi {
    private CloudWatchApi() {
    }

    public static AwsService service(World world) {
        MetricDataOperations data = new MetricDataOperations(world);
        AlarmOperations alarms = new AlarmOperations(world);
        return new AwsService("monitoring", "GraniteServiceVersion20100801",
                "http://monitoring.amazonaws.com/doc/2010-08-01/", "2010-08-01", CloudWatchRequests.INVALID_VALUE,
                Set.of(Protocol.AWS_QUERY, Protocol.AWS_JSON_1_0, Protocol.RPC_V2_CBOR),
                Map.of(
                        "PutMetricData", typed(data::putMetricData),
                        "GetMetricStatistics", typed(data::getMetricStatistics),
                        "GetMetricData", typed(data::getMetricData),
                        "ListMetrics", typed(data::listMetrics),
                        "PutMetricAlarm", typed(alarms::putMetricAlarm),
                        "DescribeAlarms", typed(alarms::describeAlarms),
                        "DeleteAlarms", typed(alarms::deleteAlarms)),
                Set.of("PutMetricData", "PutMetricAlarm", "DeleteAlarms"));
    }

    /** Gives every error, including the wire layer's input errors, the type JSON and CBOR clients expect. */
    private static Operation typed(Operation op) {
        return call -> {
            try {
                return op.handle(call);
            } catch (AwsException e) {
                throw CloudWatchRequests.typed(e);
            }
        };
    }
}
