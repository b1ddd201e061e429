package dev.berth.tui.cli;

import dev.berth.core.actions.ActionRequest;
import dev.berth.core.actions.StopTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code berth stop-task -c C --task T [--reason R]}. */
@Command(name = "stop-task", description = "Stop one task (its service starts a replacement).")
public final class StopTaskCommand extends MutationCommand {
    @Option(names = {"-t", "--task"}, required = true, paramLabel = "TASK", description = "Task id or ARN.")
    String task;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Reason ECS records on the task.")
    String reason;

    @Override
    protected ActionRequest request() {
        return new StopTask(cluster, task, reason);
    }
}
