package dev.berth.core.model;

/**
 * Reserved against used CPU and memory of a service's tasks over a window (percent of what each task
 * reserves), and the smallest Fargate size that would have held the peaks with headroom.
 *
 * @param suggestedCpuUnits   the suggested task CPU (1024 = 1 vCPU), null when there is no data
 * @param suggestedMemoryMiB  the suggested task memory, null when there is no data
 * @param monthlySaving       what the suggested size saves per month at the current task count (negative: costs more)
 * @param hint                one line for a person: what the numbers mean
 */
public record Rightsizing(int windowHours, Double cpuAveragePercent, Double cpuPeakPercent, Double memoryAveragePercent,
                          Double memoryPeakPercent, Integer suggestedCpuUnits, Integer suggestedMemoryMiB,
                          Double monthlySaving, Verdict verdict, String hint) {
    public Rightsizing {
        Checks.require(verdict, "verdict");
        Checks.require(hint, "hint");
    }

    /** What the window says about the task size. */
    public enum Verdict { NO_DATA, FITS, OVERSIZED, UNDERSIZED }
}
