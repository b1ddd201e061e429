package dev.berth.sandbox.metrics;

import java.util.List;

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
        return combine(List.of(this, o));
    }

    /**
     * Several datapoints (a period's) as one, in one pass: the first unit wins, and values are kept
     * for percentiles only while every part still knows its own.
     */
    static Datapoint combine(List<Datapoint> parts) {
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        double sum = 0;
        double count = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        String unit = null;
        boolean valuesKnown = true;
        int distinct = 0;
        for (Datapoint d : parts) {
            sum += d.sum;
            count += d.count;
            min = Math.min(min, d.min);
            max = Math.max(max, d.max);
            unit = unit != null ? unit : d.unit;
            if (d.min == d.max) {
                distinct++;
            } else if (d.samples != null) {
                distinct += d.samples.size();
            } else {
                valuesKnown = false;
            }
        }
        Samples samples = null;
        if (min != max && valuesKnown && distinct <= Samples.MAX_DISTINCT) {
            double[] values = new double[distinct];
            double[] counts = new double[distinct];
            int n = 0;
            for (Datapoint d : parts) {
                n = d.min == d.max ? put(values, counts, n, d.min, d.count) : d.samples.copyInto(values, counts, n);
            }
            samples = Samples.of(values, counts);
        }
        return new Datapoint(sum, count, min, max, unit, samples);
    }

    private static int put(double[] values, double[] counts, int at, double value, double count) {
        values[at] = value;
        counts[at] = count;
        return at + 1;
    }
}
