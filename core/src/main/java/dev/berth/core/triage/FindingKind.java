package dev.berth.core.triage;

/** What kind of trouble a finding reports. */
public enum FindingKind {
    BELOW_DESIRED("below desired count"),
    ROLLOUT_FAILED("rollout failed"),
    ROLLOUT_STUCK("rollout stuck"),
    CRASH_LOOP("crash loop"),
    OOM_KILLED("killed for memory (137)"),
    NON_ZERO_EXIT("exited non-zero"),
    IMAGE_PULL_FAILED("image cannot be pulled"),
    HEALTH_CHECK_FAILED("failed health checks"),
    HOT_CPU("CPU high"),
    HOT_MEMORY("memory high"),
    THROTTLED("Berth is being throttled");

    private final String label;

    FindingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
