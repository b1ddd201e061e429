package dev.berth.tui.cli;

import dev.berth.core.Session;
import dev.berth.tui.BerthMain;
import dev.berth.tui.launch.SessionOpener;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A scriptable subcommand: opens the session the flags describe, runs, closes it. */
public abstract class SessionCommand implements Callable<Integer> {
    @ParentCommand
    protected BerthMain root;

    @Mixin
    protected ConnectionOptions connection;

    @Spec
    protected CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or yaml (default: ${DEFAULT-VALUE}).")
    protected OutputFormat output;

    @Override
    public final Integer call() throws Exception {
        ConnectionOptions merged = connection.merge(root.connection());
        var options = merged.toConnectOptions();
        validate();
        try (SessionOpener opener = new SessionOpener(root.factory())) {
            Session session = opener.open(options, merged.demo());
            return run(session, new Printer(out(), output));
        }
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Checks the command's own arguments before anything is opened or sent (bad input: IllegalArgumentException). */
    protected void validate() {
        // most commands have nothing to check beyond picocli's parsing
    }

    /** The command's work; returns the exit code. */
    protected abstract int run(Session session, Printer printer) throws Exception;
}
