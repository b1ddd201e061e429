package dev.berth.tui.cli;

import dev.berth.core.BerthException;
import dev.berth.core.Session;
import dev.berth.core.model.Task;
import dev.berth.core.watch.Problem;
import dev.berth.core.watch.Snapshot;
import dev.berth.tui.details.ServiceDocument;
import dev.berth.tui.details.ServicePicture;
import dev.berth.tui.tasks.TasksResource;
import dev.berth.tui.ui.Document;
import dev.berth.tui.ui.StyledLine;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code berth service CLUSTER SERVICE}: one service's whole picture, as the terminal UI's details
 * page shows it, or (with {@code -o json|yaml}) as records: the service, its task definition,
 * tasks, load balancing, discovery, alarms and cost.
 */
@Command(name = "service", description = {"One service in full: deployments or task sets, load balancer targets beside "
        + "their tasks, Cloud Map records, network, task definition (volumes, roles, secrets by reference), alarms, cost "
        + "and its tasks.", "Environment values with secret-looking names are masked unless --reveal-secrets."})
public final class ServiceCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "CLUSTER", description = "Cluster name or ARN.")
    String cluster;

    @Parameters(index = "1", paramLabel = "SERVICE", description = "Service name.")
    String service;

    @Option(names = "--reveal-secrets", description = "Print the values of secret-looking environment variables.")
    boolean reveal;

    @Override
    protected int run(Session session, Printer ignored) {
        ServicePicture p = complete(session);
        Printer printer = new Printer(out(), output, reveal);
        if (output != OutputFormat.table) {
            printer.data(p.report(), output == OutputFormat.yaml);
            return ExitCodes.OK;
        }
        Document doc = ServiceDocument.of(p, Clock.systemUTC().instant());
        Document shown = reveal && doc.revealable() ? doc.revealed() : doc;
        shown.lines().stream().map(StyledLine::text).map(String::stripTrailing).forEach(printer::line);
        if (doc.revealable() && !reveal) {
            printer.line("");
            printer.line(" Secret-looking environment values are masked; --reveal-secrets prints them.");
        }
        List<Task> tasks = p.tasks().value() == null ? List.of() : p.tasks().value();
        printer.line("");
        printer.line(" Tasks (running, and stopped in the last hour)");
        printer.rows(tasks, new TasksResource(Clock.systemDefaultZone()).columns(), tasks);
        return ExitCodes.OK;
    }

    /** The first picture in which every part has arrived or failed; a service that cannot be read fails the command. */
    private ServicePicture complete(Session session) {
        try {
            ServicePicture p = ServicePicture.watch(session, cluster, service)
                    .filter(x -> settled(x.service()) && Stream.of(x.tasks(), x.taskDefinition(), x.loadBalancing(),
                            x.discovery(), x.alarms(), x.cost()).allMatch(ServiceCommand::settled)
                            || !x.service().hasValue() && settled(x.service()))
                    .timeout(Await.TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .blockingFirst();
            if (!p.service().hasValue()) {
                Problem problem = p.service().problem();
                throw problem == null ? new BerthException(Problem.Kind.NOT_FOUND, "no service " + service + " in cluster " + cluster, null)
                        : new BerthException(problem.kind(), problem.message(), null);
            }
            return p;
        } catch (NoSuchElementException e) {
            throw new BerthException(Problem.Kind.OTHER, "no answer from AWS", e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof java.util.concurrent.TimeoutException) {
                throw new BerthException(Problem.Kind.UNREACHABLE, "no answer within " + Await.TIMEOUT.toSeconds() + " s", e);
            }
            throw e;
        }
    }

    /** Arrived, failed, or known to have nothing (a task definition no one names). */
    private static boolean settled(Snapshot<?> s) {
        return s.hasValue() || s.problem() != null || s.fetchedAt() != null;
    }
}
