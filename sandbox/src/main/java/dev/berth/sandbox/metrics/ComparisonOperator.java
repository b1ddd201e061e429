package dev.berth.sandbox.metrics;

import java.util.Optional;

/** The static-threshold comparisons of metric alarms (anomaly-detection bands are not evaluated). */
enum ComparisonOperator {
    GreaterThanOrEqualToThreshold("greater than or equal to"),
    GreaterThanThreshold("greater than"),
    LessThanThreshold("less than"),
    LessThanOrEqualToThreshold("less than or equal to");

    private final String words;

    ComparisonOperator(String words) {
        this.words = words;
    }

    static Optional<ComparisonOperator> parse(String name) {
        for (ComparisonOperator o : values()) {
            if (o.name().equals(name)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** True if {@code value} breaches {@code threshold}. */
    boolean breaches(double value, double threshold) {
        return switch (this) {
            case GreaterThanOrEqualToThreshold -> value >= threshold;
            case GreaterThanThreshold -> value > threshold;
            case LessThanThreshold -> value < threshold;
            case LessThanOrEqualToThreshold -> value <= threshold;
        };
    }

    /** As alarm state reasons say it: "greater than or equal to". */
    String words() {
        return words;
    }
}
