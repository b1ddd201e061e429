package dev.berth.tui;

import dev.berth.core.SessionFactory;
import dev.berth.sandbox.SandboxCommand;
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
import dev.berth.tui.cli.TuiArguments;
import dev.berth.tui.cli.TuiCommand;
import dev.berth.tui.launch.LogSetup;
import dev.berth.tui.launch.SessionOpener;
import dev.berth.tui.launch.TuiStart;
import dev.berth.tui.launch.Warmup;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
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
    /**
     * Subcommands by name. They are added only when the command line names one (or asks for help):
     * picocli reads every subcommand's annotations when it is added, which a plain {@code berth}
     * start would pay for before its first screen. In a holder, so a plain start loads none of
     * these classes either.
     */
    private static final class Subcommands {
        static final Map<String, Class<?>> ALL = subcommands();
    }

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("tui", TuiCommand.class);
        m.put("clusters", ClustersCommand.class);
        m.put("services", ServicesCommand.class);
        m.put("service", dev.berth.tui.cli.ServiceCommand.class);
        m.put("tasks", TasksCommand.class);
        m.put("logs", LogsCommand.class);
        m.put("triage", TriageCommand.class);
        m.put("scale", ScaleCommand.class);
        m.put("redeploy", RedeployCommand.class);
        m.put("rollback", RollbackCommand.class);
        m.put("stop-task", StopTaskCommand.class);
        m.put("sandbox", SandboxCommand.class);
        m.put("desktop", DesktopCommand.class);
        m.put("aot-train", dev.berth.tui.cli.AotTrainCommand.class);
        m.put("generate-completion", AutoComplete.GenerateCompletion.class);
        m.put("generate-man-page", dev.berth.tui.cli.ManPageCommand.class);
        return m;
    }

    /** Whether the arguments need the subcommands: one is named, or help/completion is asked for. */
    static boolean needsSubcommands(String[] args) {
        for (String a : args) {
            if (Subcommands.ALL.containsKey(a) || a.equals("-h") || a.equals("--help") || a.equals("help")) {
                return true;
            }
        }
        return false;
    }

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
        Warmup.begin(Warmup.mayUseTls(args, System.getenv()));
        // No lambda here: see TuiStart for why this class cannot have them cached.
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                SessionOpener.DEFAULT_FACTORY, Prompter.console()));
    }

    /** Runs one command line; returns its exit code (errors are one line on {@code err}). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<SessionFactory> factory, Prompter prompter) {
        TuiArguments plain = TuiArguments.parse(args);
        if (plain != null) {
            try {
                return new BerthMain(factory, prompter).runTui(plain.connection(), plain.cluster(), plain.service());
            } catch (Exception e) {
                return failed("berth", e, err);
            }
        }
        CommandLine cli = new CommandLine(new BerthMain(factory, prompter));
        if (needsSubcommands(args)) {
            Subcommands.ALL.forEach((name, type) -> cli.addSubcommand(name, type));
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("berth: " + e.getMessage().lines().findFirst().orElse("bad arguments") + " (see berth --help)");
            err.flush();
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> failed(cmd.getCommandName(), e, err));
        return cli.execute(args);
    }

    /** A command failed: the details to the log, one line to {@code err}; returns the exit code. */
    private static int failed(String command, Exception e, PrintWriter err) {
        LoggerFactory.getLogger(BerthMain.class).warn("{} failed", command, e);
        err.println(command.equals("berth") ? "berth: " + oneLine(e) : "berth " + command + ": " + oneLine(e));
        err.flush();
        return ExitCodes.of(e);
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
        var connect = options.toConnectOptions();
        TuiStart.run(factory(), connect, options.demo(), atCluster, atService);
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
