package dev.berth.tui.cli;

import dev.berth.core.Session;
import dev.berth.core.model.Cluster;
import dev.berth.core.triage.Finding;
import dev.berth.tui.triage.TriageResource;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code berth triage [-c C]}: what is wrong right now; exits 1 when something is. */
@Command(name = "triage", description = "What is wrong right now, worst first, with the evidence (exit 1 if anything is).")
public final class TriageCommand extends SessionCommand {
    @Option(names = {"-c", "--cluster"}, paramLabel = "CLUSTER", description = "Only this cluster (default: all).")
    String cluster;

    @Override
    protected int run(Session session, Printer printer) {
        List<String> clusters = cluster != null ? List.of(cluster)
                : Await.first(session.clusters()).stream().map(Cluster::name).toList();
        clusters.forEach(c -> Await.wantAllServices(session, c));
        List<Finding> findings = Await.first(session.settledTriage(cluster));
        printer.rows(findings, new TriageResource(Clock.systemDefaultZone()).columns(), findings);
        return findings.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
