package dev.berth.desktop.app;

/** The lists the main area can show, with the palette command that opens each. */
public enum PageKind {
    CLUSTERS("Clusters", ":clusters"),
    SERVICES("Services", ":services"),
    TASKS("Tasks", ":tasks"),
    INSTANCES("Container instances", ":instances"),
    TASKDEFS("Task definitions", ":taskdefs"),
    TRIAGE("Triage", ":triage");

    private final String title;
    private final String command;

    PageKind(String title, String command) {
        this.title = title;
        this.command = command;
    }

    public String title() {
        return title;
    }

    public String command() {
        return command;
    }

    /** Pages that list the resources of one cluster. */
    public boolean perCluster() {
        return this == SERVICES || this == TASKS || this == INSTANCES;
    }
}
