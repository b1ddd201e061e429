package dev.berth.core.limit;

/**
 * Kinds of AWS calls with their own request budgets. AWS throttles each API action separately per
 * account and region, so every operation gets a bucket sized by its category.
 */
public enum ApiCategory {
    /** ECS and Application Auto Scaling Describe and List calls: about 20/s with a burst of 50. */
    READ(20, 50),
    /** FilterLogEvents and other CloudWatch Logs reads: about 5/s. */
    LOGS(5, 10),
    /** GetMetricData. */
    METRICS(10, 20),
    /** UpdateService, StopTask, RegisterScalableTarget: rare, kept slow. */
    MUTATE(1, 5),
    /** STS GetCallerIdentity. */
    IDENTITY(5, 5);

    private final double perSecond;
    private final double burst;

    ApiCategory(double perSecond, double burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    public double perSecond() {
        return perSecond;
    }

    public double burst() {
        return burst;
    }
}
