package dev.berth.core.sources;

import dev.berth.core.context.AwsContext;
import dev.berth.core.limit.ApiCategory;
import dev.berth.core.model.Alarm;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudwatch.model.AlarmType;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;

/**
 * CloudWatch metric alarms of the account and region, every page read (100 per call): one sweep
 * serves the alarms of every service, matched by their ClusterName and ServiceName dimensions.
 */
public final class AlarmSource {
    static final int PAGE = 100;

    private final AwsContext ctx;

    public AlarmSource(AwsContext ctx) {
        this.ctx = ctx;
    }

    public List<Alarm> alarms() {
        return Pages.all(ctx, ApiCategory.READ, "cloudwatch:DescribeAlarms",
                ctx.cloudWatch().describeAlarmsPaginator(r -> r.alarmTypes(AlarmType.METRIC_ALARM).maxRecords(PAGE)),
                DescribeAlarmsResponse::metricAlarms).stream().map(AlarmSource::alarm).toList();
    }

    static Alarm alarm(MetricAlarm a) {
        Map<String, String> dims = new LinkedHashMap<>();
        a.dimensions().forEach(d -> dims.put(d.name(), d.value()));
        return new Alarm(a.alarmName(), a.alarmArn(), a.alarmDescription(), a.stateValueAsString(), a.stateReason(),
                a.stateUpdatedTimestamp(), a.namespace(), a.metricName(), dims,
                a.statistic() != null ? a.statisticAsString() : a.extendedStatistic(), a.threshold(),
                a.comparisonOperatorAsString(), a.period(), a.evaluationPeriods());
    }
}
