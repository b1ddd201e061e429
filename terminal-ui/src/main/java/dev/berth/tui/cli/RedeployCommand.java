package dev.berth.tui.cli;

import dev.berth.core.actions.ActionRequest;
import dev.berth.core.actions.RedeployService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code berth redeploy -c C -s S}. */
@Command(name = "redeploy", description = "Force a new deployment of the same revision (fresh tasks).")
public final class RedeployCommand extends MutationCommand {
    @Option(names = {"-s", "--service"}, required = true, paramLabel = "SERVICE", description = "Service name.")
    String service;

    @Override
    protected ActionRequest request() {
        return new RedeployService(cluster, service);
    }
}
