package dev.berth.tui.nav;

/**
 * Where the person is: a kind of screen and the cluster, service, task, container or family it
 * is about. Places stack up as breadcrumbs; {@code label} names text screens (describe, JSON, diff), or
 * the section a details page opens at.
 */
public record Place(Kind kind, String cluster, String service, String taskId, String container, String family,
                    String label) {
    public Place {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
    }

    public static Place clusters() {
        return new Place(Kind.CLUSTERS, null, null, null, null, null, null);
    }

    public static Place services(String cluster) {
        return new Place(Kind.SERVICES, cluster, null, null, null, null, null);
    }

    /** Tasks of a service, or of the whole cluster when {@code service} is null. */
    public static Place tasks(String cluster, String service) {
        return new Place(Kind.TASKS, cluster, service, null, null, null, null);
    }

    public static Place containers(String cluster, String service, String taskId) {
        return new Place(Kind.CONTAINERS, cluster, service, taskId, null, null, null);
    }

    public static Place taskDefinitions() {
        return new Place(Kind.TASKDEFS, null, null, null, null, null, null);
    }

    public static Place revisions(String family) {
        return new Place(Kind.REVISIONS, null, null, null, null, family, null);
    }

    /** Findings of one cluster, or of every cluster when {@code cluster} is null. */
    public static Place triage(String cluster) {
        return new Place(Kind.TRIAGE, cluster, null, null, null, null, null);
    }

    public static Place events(String cluster, String service) {
        return new Place(Kind.EVENTS, cluster, service, null, null, null, null);
    }

    public static Place logs(String cluster, String service, String taskId, String container) {
        return new Place(Kind.LOGS, cluster, service, taskId, container, null, null);
    }

    public static Place metrics(String cluster, String service) {
        return new Place(Kind.METRICS, cluster, service, null, null, null, null);
    }

    /** Container instances of a cluster (EC2 capacity). */
    public static Place instances(String cluster) {
        return new Place(Kind.INSTANCES, cluster, null, null, null, null, null);
    }

    /**
     * A service's details page, opened at a section ({@code label}), or at the top when it is null.
     */
    public static Place describeService(String cluster, String service, String section) {
        return new Place(Kind.DESCRIBE, cluster, service, null, null, null, section);
    }

    /** A task's details page, opened at a section, or at the top when it is null. */
    public static Place describeTask(String cluster, String service, String taskId, String section) {
        return new Place(Kind.DESCRIBE, cluster, service, taskId, null, null, section);
    }

    public static Place contexts() {
        return new Place(Kind.CONTEXTS, null, null, null, null, null, null);
    }

    public static Place regions() {
        return new Place(Kind.REGIONS, null, null, null, null, null, null);
    }

    public static Place text(String label) {
        return new Place(Kind.TEXT, null, null, null, null, null, label);
    }

    /** What the breadcrumb for this place says. */
    public String crumb() {
        return switch (kind) {
            case CLUSTERS, TASKDEFS, CONTEXTS, REGIONS -> kind.label();
            case INSTANCES -> "instances " + cluster;
            case DESCRIBE -> "describe " + (taskId != null ? shortId(taskId) : service);
            case SERVICES -> cluster;
            case TASKS -> service != null ? service : cluster + " tasks";
            case CONTAINERS -> shortId(taskId);
            case REVISIONS -> family;
            case TRIAGE -> cluster == null ? "triage" : "triage " + cluster;
            case LOGS -> "logs " + (taskId != null ? shortId(taskId) + (container != null ? "/" + container : "") : service);
            case EVENTS, METRICS -> kind.label() + " " + service;
            case TEXT -> label;
        };
    }

    /** What a list here is about, for its title ("services(demo)"), or null. */
    public String subject() {
        return switch (kind) {
            case SERVICES, TRIAGE, INSTANCES -> cluster;
            case TASKS -> service != null ? service : cluster;
            case CONTAINERS -> shortId(taskId);
            case REVISIONS -> family;
            case EVENTS, METRICS, LOGS -> service;
            default -> null;
        };
    }

    /** The first 8 characters of a task id: enough to tell tasks apart on screen. */
    public static String shortId(String taskId) {
        return taskId == null ? "-" : taskId.length() <= 8 ? taskId : taskId.substring(0, 8);
    }
}
