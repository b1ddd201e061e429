package dev.berth.tui;

import dev.berth.core.Session;
import dev.berth.core.SessionFactory;
import dev.berth.core.keymap.Keymap;
import dev.berth.sandbox.SandboxCommand;
import dev.berth.tui.app.TuiApp;
import dev.berth.tui.cli.ClustersCommand;
import dev.berth.tui.cli.ConnectionOptions;
import dev.berth.tui.cli.DesktopCommand;
import dev.berth.tui.cli.ExitCodes;
import dev.berth.tui.cli.LogsCommand;
import dev.berth.tui.cli.Prompter;
import dev.berth.tui.cli.RedeployCommand;
import dev.berth.tui.cli.RollbackCommand;
import dev.berth.tui.cli.ScaleCommand;
import dev.berth.tui.cli.ServicesCommand;
import dev.berth.tui.cli.StopTaskCommand;
import dev.berth.tui.cli.TasksCommand;
import dev.berth.tui.cli.TriageCommand;
import dev.berth.tui.cli.TuiCommand;
import dev.berth.tui.launch.KeymapConfig;
import dev.berth.tui.launch.LogSetup;
import dev.berth.tui.launch.SessionOpener;
import dev.berth.tui.nav.Place;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code berth}: the terminal UI by default, plus scriptable subcommands on the same core. */
@Command(name = "berth", mixinStandardHelpOptions = true, versionProvider = BerthMain.Version.class,
        description = {"Amazon ECS triage for the terminal: what is broken, since when, why, and the safe fix.",
                "With no subcommand, opens the terminal UI. Every change previews first and asks (or needs --yes)."},
        subcommands = {TuiCommand.class, ClustersCommand.class, ServicesCommand.class, TasksCommand.class,
                LogsCommand.class, TriageCommand.class, ScaleCommand.class, RedeployCommand.class,
                RollbackCommand.class, StopTaskCommand.class, SandboxCommand.class, DesktopCommand.class,
                dev.berth.tui.cli.AotTrainCommand.class,
                AutoComplete.GenerateCompletion.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:done",
            "1:AWS refused or failed, or the rollout failed (triage: something is wrong)",
            "2:bad flags or values (nothing was sent)",
            "3:not changed: read-only, not confirmed, or no terminal to ask and no --yes",
            "4:cluster, service or task not found",
            "5:no or expired credentials, or access denied",
            "6:endpoint unreachable or throttled"},
        footerHeading = "%nExamples:%n",
        footer = {"  berth --demo                          the UI on a built-in sandbox",
                "  berth --profile prod --region eu-west-1 --cluster api",
                "  berth services -c api -o json",
                "  berth logs -c api -s web -f --since 5m",
                "  berth scale -c api -s web 4 --yes",
                "  source <(berth generate-completion)   shell completion for bash/zsh",
                "Logs go to ${XDG_STATE_HOME:-~/.local/state}/berth/berth.log."})
public final class BerthMain implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(BerthMain.class);

    private final Supplier<SessionFactory> factory;
    private final Prompter prompter;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--cluster", paramLabel = "CLUSTER", description = "Open the UI straight at this cluster's services.")
    String cluster;

    @Option(names = "--service", paramLabel = "SERVICE", description = "Open the UI straight at this service's tasks (needs --cluster).")
    String service;

    public BerthMain(Supplier<SessionFactory> factory, Prompter prompter) {
        this.factory = factory;
        this.prompter = prompter;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                SessionOpener::defaultFactory, Prompter.console()));
    }

    /** Runs one command line; returns its exit code (errors are one line on {@code err}). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<SessionFactory> factory, Prompter prompter) {
        CommandLine cli = new CommandLine(new BerthMain(factory, prompter));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("berth: " + e.getMessage().lines().findFirst().orElse("bad arguments") + " (see berth --help)");
            err.flush();
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            LOG.warn("{} failed", cmd.getCommandName(), e);
            err.println(cmd.getCommandName().equals("berth") ? "berth: " + oneLine(e) : "berth " + cmd.getCommandName() + ": " + oneLine(e));
            err.flush();
            return ExitCodes.of(e);
        });
        return cli.execute(args);
    }

    private static String oneLine(Throwable e) {
        Throwable t = e;
        // RxJava wraps checked exceptions; the message a person needs is the inner one.
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return t.getClass().getSimpleName() + " (details in " + LogSetup.logFile() + ")";
        }
        return m.lines().findFirst().orElse(m);
    }

    public ConnectionOptions connection() {
        return connection;
    }

    public String cluster() {
        return cluster;
    }

    public String service() {
        return service;
    }

    public SessionFactory factory() {
        return factory.get();
    }

    public Prompter prompter() {
        return prompter;
    }

    @Override
    public Integer call() throws IOException {
        return runTui(connection, cluster, service);
    }

    /** Opens the session and runs the UI at the given place. */
    public int runTui(ConnectionOptions options, String atCluster, String atService) throws IOException {
        if (atService != null && atCluster == null) {
            throw new IllegalArgumentException("--service needs --cluster");
        }
        List<Place> trail = new ArrayList<>(List.of(Place.clusters()));
        if (atCluster != null) {
            trail.add(Place.services(atCluster));
            if (atService != null) {
                trail.add(Place.tasks(atCluster, atService));
            }
        }
        var connect = options.toConnectOptions();
        Keymap keymap = KeymapConfig.load(KeymapConfig.configFile(System.getenv()));
        try (SessionOpener opener = new SessionOpener(factory())) {
            Session session = opener.open(connect, options.demo());
            TuiApp.run(session, keymap, trail, LogSetup.stateDir(System.getenv()));
        }
        return ExitCodes.OK;
    }

    /** {@code --version}: the build's version and the Java running it. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = BerthMain.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"berth " + p.getProperty("version", "dev"),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
