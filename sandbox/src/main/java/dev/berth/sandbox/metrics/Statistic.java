package dev.berth.sandbox.metrics;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CloudWatch statistic: SampleCount, Average, Sum, Minimum, Maximum, or a percentile pNN
 * (p0 to p100, with decimals such as p99.9). Trimmed means and the other extended statistics are
 * not supported.
 */
public record Statistic(String name, Kind kind, double percentile) {
    enum Kind { SAMPLE_COUNT, AVERAGE, SUM, MINIMUM, MAXIMUM, PERCENTILE }

    private static final Pattern PERCENTILE = Pattern.compile("p(\\d{1,3}(\\.\\d+)?)");

    /** The statistic named, or empty if it is not one the sandbox computes. */
    public static Optional<Statistic> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Kind simple = switch (name) {
            case "SampleCount" -> Kind.SAMPLE_COUNT;
            case "Average" -> Kind.AVERAGE;
            case "Sum" -> Kind.SUM;
            case "Minimum" -> Kind.MINIMUM;
            case "Maximum" -> Kind.MAXIMUM;
            default -> null;
        };
        if (simple != null) {
            return Optional.of(new Statistic(name, simple, 0));
        }
        return percentile(name);
    }

    /** Only a percentile (what ExtendedStatistics takes). */
    public static Optional<Statistic> percentile(String name) {
        Matcher m = name == null ? null : PERCENTILE.matcher(name);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        double p = Double.parseDouble(m.group(1));
        return p <= 100 ? Optional.of(new Statistic(name, Kind.PERCENTILE, p)) : Optional.empty();
    }

    public boolean isPercentile() {
        return kind == Kind.PERCENTILE;
    }

    /** The statistic of a (period's) datapoint, or null where it has none. */
    public Double of(Datapoint d) {
        return switch (kind) {
            case SAMPLE_COUNT -> d.count();
            case AVERAGE -> d.average();
            case SUM -> d.sum();
            case MINIMUM -> d.min();
            case MAXIMUM -> d.max();
            case PERCENTILE -> d.percentile(percentile);
        };
    }
}
