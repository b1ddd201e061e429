package dev.berth.tui.cli;

import dev.berth.core.Session;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceRow;
import dev.berth.tui.services.ServiceLine;
import dev.berth.tui.services.ServicesResource;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code berth services -c C}: every service of a cluster, described. */
@Command(name = "services", description = "List the services of a cluster: counts, rollout, revision, last event.")
public final class ServicesCommand extends SessionCommand {
    @Option(names = {"-c", "--cluster"}, required = true, paramLabel = "CLUSTER", description = "Cluster name or ARN.")
    String cluster;

    @Override
    protected int run(Session session, Printer printer) {
        Await.wantAllServices(session, cluster);
        List<ServiceRow> rows = Await.first(session.services(cluster), l -> l.stream().allMatch(ServiceRow::described));
        List<ServiceLine> lines = rows.stream().map(r -> new ServiceLine(r, null)).toList();
        List<Service> data = rows.stream().map(ServiceRow::service).toList();
        var columns = new ServicesResource(Clock.systemDefaultZone()).columns().stream()
                .filter(c -> !c.title().equals("CPU") && !c.title().equals("MEM")).toList();
        printer.rows(lines, columns, data);
        return ExitCodes.OK;
    }
}
