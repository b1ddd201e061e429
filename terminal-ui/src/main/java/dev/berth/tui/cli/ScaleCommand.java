package dev.berth.tui.cli;

import dev.berth.core.actions.ActionRequest;
import dev.berth.core.actions.ScaleService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code berth scale -c C -s S N}. */
@Command(name = "scale", description = "Set a service's desired count (shows the change and asks first).")
public final class ScaleCommand extends MutationCommand {
    @Option(names = {"-s", "--service"}, required = true, paramLabel = "SERVICE", description = "Service name.")
    String service;

    @Parameters(index = "0", paramLabel = "COUNT", description = "Desired count, 0 to " + ScaleService.MAX_DESIRED + ".")
    String count;

    @Override
    protected ActionRequest request() {
        return ScaleService.parse(cluster, service, count);
    }
}
