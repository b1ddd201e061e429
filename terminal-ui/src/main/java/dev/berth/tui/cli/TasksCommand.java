package dev.berth.tui.cli;

import dev.berth.core.Session;
import dev.berth.core.model.Task;
import dev.berth.tui.tasks.TasksResource;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code berth tasks -c C [-s S] [--stopped]}: running tasks, or the recently stopped ones with why. */
@Command(name = "tasks", description = "List running tasks of a cluster or service (--stopped: those stopped in the last hour, with stop code, reason and exit codes).")
public final class TasksCommand extends SessionCommand {
    @Option(names = {"-c", "--cluster"}, required = true, paramLabel = "CLUSTER", description = "Cluster name or ARN.")
    String cluster;

    @Option(names = {"-s", "--service"}, paramLabel = "SERVICE", description = "Only this service's tasks.")
    String service;

    @Option(names = "--stopped", description = "Show stopped tasks instead of running ones.")
    boolean stopped;

    @Override
    protected int run(Session session, Printer printer) {
        List<Task> tasks = Await.first(session.tasks(cluster, service)).stream()
                .filter(t -> t.stopped() == stopped)
                .toList();
        printer.rows(tasks, new TasksResource(Clock.systemDefaultZone()).columns(), tasks);
        return ExitCodes.OK;
    }
}
