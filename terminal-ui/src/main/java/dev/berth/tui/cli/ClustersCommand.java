package dev.berth.tui.cli;

import dev.berth.core.Session;
import dev.berth.core.model.Cluster;
import dev.berth.tui.clusters.ClustersResource;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code berth clusters}: the clusters with their counts. */
@Command(name = "clusters", description = "List clusters with their service and task counts.")
public final class ClustersCommand extends SessionCommand {
    @Override
    protected int run(Session session, Printer printer) {
        List<Cluster> clusters = Await.first(session.clusters());
        printer.rows(clusters, new ClustersResource().columns(), clusters);
        return ExitCodes.OK;
    }
}
