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

    /**
     * From unsorted values and counts (a value may come more than once); null if there are too
     * many distinct values. Sorts a copy of the values, then adds each count at its value's place.
     */
    static Samples of(double[] values, double[] counts) {
        int n = values.length;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] v = new double[n];
        double[] c = new double[n];
        int distinct = 0;
        for (double value : sorted) {
            // Double.compare, as the sort and the search use: -0.0 and 0.0 stay apart consistently.
            if (distinct == 0 || Double.compare(v[distinct - 1], value) != 0) {
                v[distinct++] = value;
            }
        }
        if (distinct > MAX_DISTINCT) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            c[Arrays.binarySearch(v, 0, distinct, values[i])] += counts[i];
        }
        return new Samples(Arrays.copyOf(v, distinct), Arrays.copyOf(c, distinct));
    }

    int size() {
        return values.length;
    }

    /** Copies the values and counts into the arrays from {@code at}; answers the next free index. */
    int copyInto(double[] intoValues, double[] intoCounts, int at) {
        System.arraycopy(values, 0, intoValues, at, values.length);
        System.arraycopy(counts, 0, intoCounts, at, counts.length);
        return at + values.length;
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
