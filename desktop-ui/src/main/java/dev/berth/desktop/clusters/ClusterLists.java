package dev.berth.desktop.clusters;

import dev.berth.core.Session;
import dev.berth.core.model.Cluster;
import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.table.Column;
import dev.berth.desktop.table.ResourceListViewModel;
import io.reactivex.rxjava3.core.Scheduler;
import java.util.List;

/** The clusters of the context with their service and task counts. */
public final class ClusterLists {
    private ClusterLists() {
    }

    public static ResourceListViewModel<Cluster> of(Session session, Scheduler ui) {
        return new ResourceListViewModel<>("Clusters", columns(), Cluster::name, c -> c.name() + " " + c.status())
                .bind(session.clusters(), ui);
    }

    static List<Column<Cluster>> columns() {
        return List.of(
                Column.text("Cluster", 220, Cluster::name).toned(ClusterLists::tone),
                Column.text("Status", 90, Cluster::status).toned(ClusterLists::tone),
                Column.number("Services", 90, Cluster::activeServices, c -> String.valueOf(c.activeServices())),
                Column.number("Running", 90, Cluster::runningTasks, c -> String.valueOf(c.runningTasks())),
                Column.number("Pending", 90, Cluster::pendingTasks, c -> String.valueOf(c.pendingTasks())),
                Column.number("Instances", 90, Cluster::containerInstances, c -> String.valueOf(c.containerInstances())),
                Column.text("Insights", 80, c -> c.containerInsights() ? "on" : "off"));
    }

    static Tone tone(Cluster c) {
        return "ACTIVE".equals(c.status()) ? Tone.GOOD : Tone.WARN;
    }
}
