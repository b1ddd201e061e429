package dev.berth.sandbox.metrics;

import java.util.List;

/**
 * A metric alarm as PutMetricAlarm defined it: one metric with a statistic, or metric math
 * ({@code metrics}, one query of which has ReturnData), compared with a static threshold.
 */
record AlarmDefinition(String name, String description, boolean actionsEnabled, List<String> okActions,
                       List<String> alarmActions, List<String> insufficientDataActions, MetricId metric,
                       String statistic, String extendedStatistic, Integer period, String unit,
                       List<MetricQuery> metrics, int evaluationPeriods, int datapointsToAlarm, double threshold,
                       ComparisonOperator comparison, String treatMissingData, String evaluateLowSampleCountPercentile) {

    AlarmDefinition {
        okActions = List.copyOf(okActions);
        alarmActions = List.copyOf(alarmActions);
        insufficientDataActions = List.copyOf(insufficientDataActions);
        metrics = List.copyOf(metrics);
    }

    /** The query whose result the alarm compares, when it watches metric math. */
    MetricQuery returnedQuery() {
        return metrics.stream().filter(MetricQuery::returnData).findFirst().orElseThrow();
    }

    /** The alarm's period: its own, or that of the query it compares. */
    long evaluationPeriod() {
        if (metric != null) {
            return period;
        }
        MetricQuery q = returnedQuery();
        if (q.period() != null) {
            return q.period();
        }
        return metrics.stream().filter(m -> !m.isExpression()).mapToLong(MetricQuery::period).min().orElse(60);
    }

    Statistic statisticToCompare() {
        return Statistic.parse(statistic != null ? statistic : extendedStatistic).orElseThrow();
    }

    /** breaching, notBreaching, ignore or missing (the default). */
    String missingData() {
        return treatMissingData == null ? "missing" : treatMissingData;
    }
}
