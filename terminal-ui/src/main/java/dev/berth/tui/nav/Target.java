package dev.berth.tui.nav;

import dev.berth.core.keymap.Command;

/**
 * What the selected row stands for, in terms every command understands: which cluster, service,
 * task, container or family it names, its ARN (for copy) and the record itself (for describe).
 * Which commands a selection allows follows from these fields alone, so every list gets the same
 * rules.
 */
public record Target(Kind kind, String cluster, String service, String taskId, String container, String family,
                     String arn, boolean running, Object value) {

    public static Target cluster(String name, String arn, Object value) {
        return new Target(Kind.CLUSTERS, name, null, null, null, null, arn, false, value);
    }

    public static Target service(String cluster, String service, String arn, Object value) {
        return new Target(Kind.SERVICES, cluster, service, null, null, null, arn, false, value);
    }

    public static Target task(String cluster, String service, String taskId, String arn, boolean running, Object value) {
        return new Target(Kind.TASKS, cluster, service, taskId, null, null, arn, running, value);
    }

    /** Whether the command makes sense for this selection (read-only filtering happens elsewhere). */
    public boolean allows(Command c) {
        boolean aService = kind == Kind.SERVICES && cluster != null && service != null;
        return switch (c) {
            case LOGS -> cluster != null && (service != null || taskId != null);
            case DESCRIBE, JSON -> value != null;
            case COPY -> arn != null;
            case EVENTS, METRICS -> aService || (kind == Kind.TRIAGE && cluster != null && service != null);
            case SCALE, REDEPLOY, CHANGE_REVISION, ROLLBACK -> aService;
            case STOP_TASK -> taskId != null && running && kind == Kind.TASKS;
            case INSTANCES -> cluster != null && kind != Kind.INSTANCES;
            default -> true;
        };
    }
}
