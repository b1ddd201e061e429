package dev.berth.sandbox.metrics;

/**
 * What one metric holds at one timestamp, or what a period's datapoints add up to: the five
 * CloudWatch statistics, a unit, and the values behind them for percentiles.
 *
 * @param samples distinct values and counts; null when all values are equal ({@code min == max},
 *                so they are implied) or when they are unknown (statistic sets, too many values), in
 *                which case percentiles are unavailable
 */
public record Datapoint(double sum, double count, double min, double max, String unit, Samples samples) {

    public static Datapoint of(double value, String unit) {
        return new Datapoint(value, 1, value, value, unit, null);
    }

    /** PutMetricData's Values and Counts. */
    static Datapoint ofValues(double[] values, double[] counts, String unit) {
        double sum = 0;
        double count = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            sum += values[i] * counts[i];
            count += counts[i];
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
        }
        return new Datapoint(sum, count, min, max, unit, min == max ? null : Samples.of(values, counts));
    }

    /** PutMetricData's StatisticValues: the values themselves are unknown unless all are equal. */
    static Datapoint ofStatistics(double sampleCount, double sum, double min, double max, String unit) {
        return new Datapoint(sum, sampleCount, min, max, unit, null);
    }

    public double average() {
        return sum / count;
    }

    /** Percentile {@code p}, or null where CloudWatch has none: unknown values or negative ones. */
    Double percentile(double p) {
        if (min < 0) {
            return null;
        }
        if (min == max) {
            return min;
        }
        return samples == null ? null : samples.percentile(p);
    }

    /** Both datapoints as one; the first one's unit wins. */
    Datapoint merge(Datapoint o) {
        Samples merged;
        if (min == max && o.min == o.max) {
            merged = min == o.min ? null : Samples.single(min, count).merge(Samples.single(o.min, o.count));
        } else {
            Samples mine = min == max ? Samples.single(min, count) : samples;
            Samples theirs = o.min == o.max ? Samples.single(o.min, o.count) : o.samples;
            merged = mine == null || theirs == null ? null : mine.merge(theirs);
        }
        return new Datapoint(sum + o.sum, count + o.count, Math.min(min, o.min), Math.max(max, o.max),
                unit != null ? unit : o.unit, merged);
    }
}
