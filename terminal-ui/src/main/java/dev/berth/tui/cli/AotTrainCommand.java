package dev.berth.tui.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.berth.core.AwsSessionFactory;
import dev.berth.core.Session;
import dev.berth.core.context.ContextResolver;
import dev.berth.core.keymap.Keymap;
import dev.berth.tui.BerthMain;
import dev.berth.tui.app.TuiApp;
import dev.berth.tui.contexts.AwsContexts;
import dev.berth.tui.contexts.Contexts;
import dev.berth.tui.launch.ChildSandbox;
import dev.berth.tui.launch.SessionOpener;
import dev.berth.tui.nav.Place;
import dev.berth.tui.shell.BrowserPanel;
import dev.berth.tui.shell.Shell;
import dev.berth.tui.ui.ColorMode;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The training run for JDK 25's AOT cache (the launcher's, and the packages'): it goes the way a
 * real start goes, so the cache holds the classes a real first screen loads. A {@code berth sandbox}
 * in a child JVM stands in for AWS: the plain command line, the SDK's default credential chain
 * (given throwaway keys, so no real key is ever sent), an endpoint, the real UI on a virtual
 * terminal and the clicks a first screen leads to (clusters, services, tasks). Then, briefly, an
 * HTTPS endpoint that refuses (the TLS client set-up and the error path) and, with {@code --demo},
 * the in-process demo sandbox.
 */
@Command(name = "aot-train", hidden = true, description = "Training run for the start-up cache (used by ./berth and the packages).")
public final class AotTrainCommand implements Callable<Integer> {
    private static final long STEP_MILLIS = 4_000;

    @ParentCommand
    BerthMain root;

    @Option(names = "--with-demo", description = "Also train the --demo start (puts the sandbox's classes in the cache).")
    boolean withDemo;

    @Override
    public Integer call() throws Exception {
        // First in the SDK's default chain: a key in the environment or ~/.aws is never used here.
        System.setProperty("aws.accessKeyId", "AKIDBERTHTRAINING");
        System.setProperty("aws.secretAccessKey", "throwaway-training-secret");
        try (ChildSandbox sandbox = ChildSandbox.start()) {
            firstScreens(TuiArguments.parse(new String[] {"--endpoint-url", sandbox.endpoint(), "--region", "us-east-1"}));
        }
        try (ServerSocket closed = new ServerSocket(0)) {
            String refusing = "https://127.0.0.1:" + closed.getLocalPort();
            closed.close();
            refused(TuiArguments.parse(new String[] {"--endpoint-url", refusing, "--region", "us-east-1"}));
        }
        if (withDemo) {
            firstScreens(TuiArguments.parse(new String[] {"--demo"}));
        }
        return ExitCodes.OK;
    }

    private void firstScreens(TuiArguments args) throws Exception {
        TuiApp.loadRealTerminalClasses();
        try (SessionOpener opener = new SessionOpener(root.factory())) {
            Session session = opener.open(args.connection().toConnectOptions(), args.connection().demo());
            TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(120, 40)));
            screen.startScreen();
            // As a real start: :ctx and :region may switch (reads the AWS CLI's files, never a key).
            Contexts contexts = new AwsContexts(AwsSessionFactory::standard, ContextResolver.system());
            Shell shell = TuiApp.build(session, contexts, Keymap.defaults(), ColorMode.TRUE_COLOR, screen, new SameTextGUIThread.Factory(),
                    Schedulers.computation(), Schedulers.computation(), Clock.systemDefaultZone(), text -> { },
                    Files.createTempDirectory("berth-aot"), () -> { });
            TextGUIThread thread = shell.window().getTextGUI().getGUIThread();
            shell.start(List.of(Place.clusters()));
            for (int step = 0; step < 3; step++) {
                long until = System.currentTimeMillis() + STEP_MILLIS;
                while (System.currentTimeMillis() < until && !(shell.current() instanceof BrowserPanel<?> b
                        && b.viewModel().shownCount() > 0)) {
                    thread.processEventsAndUpdate();
                    Thread.sleep(10);
                }
                shell.onKey(new KeyStroke(KeyType.Enter));
                thread.processEventsAndUpdate();
            }
            shell.stop();
            screen.stopScreen();
            new Printer(new PrintWriter(Writer.nullWriter()), OutputFormat.json).data(session.context(), false);
        }
    }

    private void refused(TuiArguments args) {
        try (SessionOpener opener = new SessionOpener(root.factory())) {
            Session session = opener.open(args.connection().toConnectOptions(), false);
            session.clusters().filter(s -> s.problem() != null || s.hasValue()).timeout(30, TimeUnit.SECONDS).blockingFirst();
        }
    }
}
