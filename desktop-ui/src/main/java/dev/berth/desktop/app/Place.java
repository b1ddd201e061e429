package dev.berth.desktop.app;

/** Where the operator is: a page, and the cluster (and service, for a service's tasks) it lists. */
public record Place(PageKind kind, String cluster, String service) {
    public static Place of(PageKind kind) {
        return new Place(kind, null, null);
    }

    /** "Services · prod" for the window title and the navigator. */
    public String title() {
        return kind.title() + (cluster == null ? "" : " · " + cluster) + (service == null ? "" : " / " + service);
    }
}
