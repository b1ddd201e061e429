package dev.berth.sandbox.metrics;

import java.util.Arrays;

/**
 * The distinct values behind a datapoint and how often each occurred, sorted by value: what
 * percentiles are computed from. Immutable.
 */
final class Samples {
    /** Beyond this many distinct values a datapoint stops keeping them (its percentiles become unavailable). */
    static final int MAX_DISTINCT = 5_000;

    private final double[] values;
    private final double[] counts;

    private Samples(double[] values, double[] counts) {
        this.values = values;
        this.counts = counts;
    }

    /** From unsorted values and counts (counts may repeat a value); null if there are too many. */
    static Samples of(double[] values, double[] counts) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] v = new double[values.length];
        double[] c = new double[values.length];
        int n = 0;
        for (int i : order) {
            if (n > 0 && v[n - 1] == values[i]) {
                c[n - 1] += counts[i];
            } else {
                v[n] = values[i];
                c[n] = counts[i];
                n++;
            }
        }
        return n > MAX_DISTINCT ? null : new Samples(Arrays.copyOf(v, n), Arrays.copyOf(c, n));
    }

    static Samples single(double value, double count) {
        return new Samples(new double[] {value}, new double[] {count});
    }

    /** Both sample sets together; null if that would be too many values to keep. */
    Samples merge(Samples other) {
        double[] v = new double[values.length + other.values.length];
        double[] c = new double[v.length];
        System.arraycopy(values, 0, v, 0, values.length);
        System.arraycopy(other.values, 0, v, values.length, other.values.length);
        System.arraycopy(counts, 0, c, 0, counts.length);
        System.arraycopy(other.counts, 0, c, counts.length, other.counts.length);
        return of(v, c);
    }

    /** Nearest-rank percentile {@code p} in [0, 100]. */
    double percentile(double p) {
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        double rank = Math.max(1, Math.ceil(p / 100 * total));
        double seen = 0;
        for (int i = 0; i < values.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
