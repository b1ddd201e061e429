package dev.berth.sandbox.metrics;

/**
 * A metric math expression the sandbox cannot evaluate: either it is wrong (a syntax error, an
 * unknown id: the caller's mistake) or it uses math CloudWatch has and the sandbox does not.
 */
final class MetricMathException extends RuntimeException {
    private final boolean unsupported;

    MetricMathException(String message, boolean unsupported) {
        super(message, null, false, false);
        this.unsupported = unsupported;
    }

    boolean unsupported() {
        return unsupported;
    }
}
