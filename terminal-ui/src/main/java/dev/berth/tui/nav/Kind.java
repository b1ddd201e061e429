package dev.berth.tui.nav;

/** The kinds of screen Berth can show; the names are what {@code :} commands and breadcrumbs use. */
public enum Kind {
    CLUSTERS("clusters"),
    SERVICES("services"),
    TASKS("tasks"),
    CONTAINERS("containers"),
    INSTANCES("instances"),
    TASKDEFS("taskdefs"),
    REVISIONS("revisions"),
    TRIAGE("triage"),
    EVENTS("events"),
    LOGS("logs"),
    METRICS("metrics"),
    /** A service's or a task's details page. */
    DESCRIBE("describe"),
    /** The AWS profiles to switch to ({@code :ctx}). */
    CONTEXTS("contexts"),
    /** The regions to switch to ({@code :region}). */
    REGIONS("regions"),
    TEXT("text");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
