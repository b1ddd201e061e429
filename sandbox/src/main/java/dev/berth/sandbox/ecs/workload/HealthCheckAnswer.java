package dev.berth.sandbox.ecs.workload;

import java.util.Locale;

/**
 * How a container answers its load balancer's health checks, chosen with the
 * {@code sandbox.health-check} docker label: {@code pass} (default), {@code http-502}, {@code timeout}
 * or {@code refused}. Each failure carries the reason code and description ELB reports for it.
 */
public enum HealthCheckAnswer {
    PASS(null, null),
    HTTP_502("Target.ResponseCodeMismatch", "Health checks failed with these codes: [502]"),
    TIMEOUT("Target.Timeout", "Request timed out"),
    REFUSED("Target.FailedHealthChecks", "Health checks failed");

    private final String reasonCode;
    private final String description;

    HealthCheckAnswer(String reasonCode, String description) {
        this.reasonCode = reasonCode;
        this.description = description;
    }

    public boolean passes() {
        return this == PASS;
    }

    /** ELB's reason code for a failing check ({@code Target.Timeout}), null when it passes. */
    public String reasonCode() {
        return reasonCode;
    }

    /** ELB's description of a failing check, null when it passes. */
    public String description() {
        return description;
    }

    /** Reads a label value such as {@code http-502}. */
    public static HealthCheckAnswer parse(String label) {
        if (label == null || label.isBlank()) {
            return PASS;
        }
        try {
            return valueOf(label.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sandbox.health-check must be one of pass, http-502, timeout, refused; got '"
                    + label + "'");
        }
    }
}
