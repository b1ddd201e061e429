package dev.berth.tui.cli;

import dev.berth.core.actions.ActionRequest;
import dev.berth.core.actions.RollbackService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code berth rollback -c C -s S}. */
@Command(name = "rollback", description = "Move a service back to the revision it ran before (shows the diff first).")
public final class RollbackCommand extends MutationCommand {
    @Option(names = {"-s", "--service"}, required = true, paramLabel = "SERVICE", description = "Service name.")
    String service;

    @Override
    protected ActionRequest request() {
        return new RollbackService(cluster, service);
    }
}
