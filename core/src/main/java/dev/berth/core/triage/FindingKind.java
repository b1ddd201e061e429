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
    THROTTLED("Berth is being throttled"),
    TARGETS_UNHEALTHY("load balancer targets unhealthy"),
    TARGETS_DRAINING("load balancer targets draining"),
    DISCOVERY_RECORD_STALE("Cloud Map record points nowhere"),
    DISCOVERY_INSTANCES_UNHEALTHY("Cloud Map instances unhealthy"),
    AGENT_DISCONNECTED("ECS agent disconnected"),
    SPOT_INTERRUPTED("Spot task interrupted"),
    ALARM_FIRING("CloudWatch alarm in ALARM");

    private final String label;

    FindingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
