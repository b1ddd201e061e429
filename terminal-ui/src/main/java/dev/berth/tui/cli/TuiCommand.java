package dev.berth.tui.cli;

import dev.berth.tui.BerthMain;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code berth tui}: the terminal UI (also what plain {@code berth} runs). */
@Command(name = "tui", description = "Open the terminal UI (the default).")
public final class TuiCommand implements Callable<Integer> {
    @ParentCommand
    BerthMain root;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--cluster", paramLabel = "CLUSTER", description = "Open straight at this cluster's services.")
    String cluster;

    @Option(names = "--service", paramLabel = "SERVICE", description = "Open straight at this service's tasks (needs --cluster).")
    String service;

    @Override
    public Integer call() throws Exception {
        return root.runTui(connection.merge(root.connection()), cluster != null ? cluster : root.cluster(),
                service != null ? service : root.service());
    }
}
