package dev.berth.tui.clusters;

import dev.berth.core.Session;
import dev.berth.core.model.Cluster;
import dev.berth.core.watch.Snapshot;
import dev.berth.tui.nav.Kind;
import dev.berth.tui.nav.Place;
import dev.berth.tui.nav.Resource;
import dev.berth.tui.nav.Target;
import dev.berth.tui.table.Cell;
import dev.berth.tui.table.Column;
import dev.berth.tui.ui.Tone;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import java.util.List;
import java.util.Optional;

/** The cluster list: counts from DescribeClusters; Enter opens the cluster's services. */
public final class ClustersResource implements Resource<Cluster> {
    private static final List<Column<Cluster>> COLUMNS = List.of(
            Column.text("NAME", 12, 48, 0, c -> Cell.of(c.name(), Tone.STRONG)),
            Column.text("STATUS", 6, 10, 2, c -> Cell.of(c.status(), "ACTIVE".equals(c.status()) ? Tone.NORMAL : Tone.WARN)),
            Column.number("SERVICES", 0, c -> Cell.of(c.activeServices())),
            Column.number("RUNNING", 0, c -> Cell.of(c.runningTasks())),
            Column.number("PENDING", 1, c -> Cell.of(c.pendingTasks(), c.pendingTasks() > 0 ? Tone.WARN : Tone.NORMAL)),
            Column.number("INSTANCES", 3, c -> Cell.of(c.containerInstances())),
            Column.text("INSIGHTS", 8, 8, 4, c -> Cell.of(c.containerInsights() ? "on" : "off", Tone.DIM)));

    @Override
    public Kind kind() {
        return Kind.CLUSTERS;
    }

    @Override
    public List<Column<Cluster>> columns() {
        return COLUMNS;
    }

    @Override
    public String key(Cluster row) {
        return row.arn();
    }

    @Override
    public Observable<Snapshot<List<Cluster>>> watch(Session session, Place place, Observable<List<Cluster>> window,
                                                     Scheduler timer) {
        return session.clusters();
    }

    @Override
    public Target target(Place place, Cluster row) {
        return Target.cluster(row.name(), row.arn(), row);
    }

    @Override
    public Optional<Place> open(Place place, Cluster row) {
        return Optional.of(Place.services(row.name()));
    }
}
