package dev.berth.core.config;

import java.time.Duration;

/**
 * How often slices poll ({@code refresh:} in config.yaml). Every key is optional.
 *
 * <pre>
 * refresh:
 *   visible: 5s        # rows on screen and single-resource views (service, its tasks, deployments)
 *   background: 30s    # rows off screen, service and cluster lists, cluster-wide tasks
 *   afterChange: 2s    # slices an action touched, until its rollout settles
 *   settleTimeout: 20m # stop following a rollout after this long and report it as failed
 *   linger: 10s        # keep polling a slice this long after its last viewer left
 *   metrics: 60s       # CloudWatch metrics (ECS publishes them once a minute)
 * </pre>
 */
public record Pacing(Duration visible, Duration background, Duration afterChange, Duration settleTimeout,
                     Duration linger, Duration metrics) {

    private static final Duration VISIBLE = Duration.ofSeconds(5);
    private static final Duration BACKGROUND = Duration.ofSeconds(30);
    private static final Duration AFTER_CHANGE = Duration.ofSeconds(2);
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(20);
    private static final Duration LINGER = Duration.ofSeconds(10);
    private static final Duration METRICS = Duration.ofSeconds(60);

    public Pacing {
        visible = positive("visible", visible, VISIBLE);
        background = positive("background", background, BACKGROUND);
        afterChange = positive("afterChange", afterChange, AFTER_CHANGE);
        settleTimeout = positive("settleTimeout", settleTimeout, SETTLE_TIMEOUT);
        metrics = positive("metrics", metrics, METRICS);
        linger = linger == null ? LINGER : linger;
        if (linger.isNegative()) {
            throw new IllegalArgumentException("linger must not be negative");
        }
        if (background.compareTo(visible) < 0) {
            throw new IllegalArgumentException("background (" + DurationText.format(background)
                    + ") must not be shorter than visible (" + DurationText.format(visible) + ")");
        }
    }

    public static Pacing defaults() {
        return new Pacing(null, null, null, null, null, null);
    }

    private static Duration positive(String name, Duration value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be longer than 0");
        }
        return value;
    }
}
