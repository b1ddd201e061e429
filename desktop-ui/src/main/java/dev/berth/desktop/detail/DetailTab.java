package dev.berth.desktop.detail;

/** The tabs of the detail area, in their order; which ones show depends on what is selected. */
public enum DetailTab {
    OVERVIEW("Overview"),
    TASKS("Tasks"),
    EVENTS("Events"),
    LOGS("Logs"),
    METRICS("Metrics"),
    LOAD_BALANCING("Load balancing"),
    DISCOVERY("Discovery"),
    NETWORK("Network"),
    STORAGE("Storage & secrets"),
    COST("Cost"),
    TASK_DEFINITION("Task definition"),
    JSON("JSON");

    private final String title;

    DetailTab(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
