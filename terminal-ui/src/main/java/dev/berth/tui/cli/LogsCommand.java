package dev.berth.tui.cli;

import dev.berth.core.Session;
import dev.berth.core.logs.LogQuery;
import dev.berth.core.logs.LogTail;
import dev.berth.core.logs.TailStatus;
import dev.berth.core.model.LogLine;
import dev.berth.tui.nav.Place;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code berth logs -c C -s S [--task T] [--container N] [-f] [--since 15m] [--filter P]}. */
@Command(name = "logs", description = "Print the logs of a service (all tasks merged, labelled by task), a task or a container.")
public final class LogsCommand extends SessionCommand {
    @Option(names = {"-c", "--cluster"}, required = true, paramLabel = "CLUSTER", description = "Cluster name or ARN.")
    String cluster;

    @Option(names = {"-s", "--service"}, required = true, paramLabel = "SERVICE", description = "Service name.")
    String service;

    @Option(names = "--task", paramLabel = "TASK", description = "Only this task (id).")
    String task;

    @Option(names = "--container", paramLabel = "NAME", description = "Only this container of the task.")
    String container;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new lines until interrupted.")
    boolean follow;

    @Option(names = "--since", defaultValue = "15m", paramLabel = "DURATION", description = "How far back: 30s, 15m, 2h, 1d (default: ${DEFAULT-VALUE}).")
    String since;

    @Option(names = "--filter", paramLabel = "PATTERN", description = "CloudWatch Logs filter pattern, applied by the server.")
    String filter;

    /** Reads 30s, 15m, 2h, 1d or an ISO-8601 duration. */
    static Duration parseSince(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.matches("\\d+[smhd]")) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                return switch (t.charAt(t.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            }
            return Duration.parse(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("--since must look like 30s, 15m, 2h or 1d, got '" + text + "'");
        }
    }

    @Override
    protected int run(Session session, Printer printer) throws InterruptedException {
        if (container != null && task == null) {
            throw new IllegalArgumentException("--container needs --task");
        }
        LogQuery q = task == null ? LogQuery.service(cluster, service) : LogQuery.task(cluster, service, task);
        q = q.withSince(parseSince(since)).withFilterPattern(filter).withFollow(follow);
        if (container != null) {
            q = q.withContainer(container);
        }
        boolean labelTasks = task == null;
        CountDownLatch done = new CountDownLatch(1);
        try (LogTail tail = session.logs(q)) {
            var lines = tail.batches().subscribe(b -> b.lines().forEach(l -> printer.line(format(l, labelTasks))),
                    e -> done.countDown());
            var status = tail.status().subscribe(s -> {
                if (s.mode() == TailStatus.Mode.DONE) {
                    done.countDown();
                }
                if (s.problem() != null && !follow) {
                    err().println("berth logs: " + s.problem().message());
                    err().flush();
                    done.countDown();
                }
            });
            if (follow) {
                done.await();
            } else if (!done.await(Await.TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                err().println("berth logs: the log query did not finish within " + Await.TIMEOUT.toSeconds() + " s");
                return ExitCodes.UNREACHABLE;
            }
            lines.dispose();
            status.dispose();
        }
        return ExitCodes.OK;
    }

    static String format(LogLine l, boolean labelTasks) {
        String label = labelTasks && l.taskId() != null ? Place.shortId(l.taskId()) + " " : "";
        return Instant.ofEpochMilli(l.timestamp()) + " " + label + l.message();
    }
}
