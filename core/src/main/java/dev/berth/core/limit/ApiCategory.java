package dev.berth.core.limit;

/**
 * Kinds of AWS calls with their own request budgets. AWS throttles each API action separately per
 * account and region, so every operation gets a bucket sized by its category. Budgets sit a little
 * under AWS's published ones: AWS's bucket starts when the first request arrives, a moment after
 * Berth's, so an exact copy would run dry on AWS's side first and be throttled.
 */
public enum ApiCategory {
    /** ECS and Application Auto Scaling Describe and List calls (AWS: about 20/s, burst 50). */
    READ(19, 45),
    /** FilterLogEvents and other CloudWatch Logs reads (AWS: about 5/s). */
    LOGS(4.5, 9),
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
