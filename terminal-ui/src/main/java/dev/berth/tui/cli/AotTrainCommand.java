package dev.berth.tui.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.berth.core.Session;
import dev.berth.core.context.ConnectOptions;
import dev.berth.core.keymap.Keymap;
import dev.berth.tui.BerthMain;
import dev.berth.tui.app.TuiApp;
import dev.berth.tui.launch.SessionOpener;
import dev.berth.tui.nav.Place;
import dev.berth.tui.shell.BrowserPanel;
import dev.berth.tui.shell.Shell;
import dev.berth.tui.ui.ColorMode;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * The launcher's training run for JDK 25's AOT cache: the demo sandbox, the real UI on a
 * virtual terminal, and the clicks a first screen needs (clusters, services, tasks), so the
 * cache holds the classes a real start loads.
 */
@Command(name = "aot-train", hidden = true, description = "Training run for the start-up cache (used by ./berth).")
public final class AotTrainCommand implements Callable<Integer> {
    private static final long STEP_MILLIS = 4_000;

    @ParentCommand
    BerthMain root;

    @Override
    public Integer call() throws Exception {
        try (SessionOpener opener = new SessionOpener(root.factory())) {
            Session session = opener.open(ConnectOptions.defaults(), true);
            TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(120, 40)));
            screen.startScreen();
            Shell shell = TuiApp.build(session, Keymap.defaults(), ColorMode.TRUE_COLOR, screen, new SameTextGUIThread.Factory(),
                    Schedulers.computation(), Schedulers.computation(), Clock.systemDefaultZone(), text -> { }, Files.createTempDirectory("berth-aot"),
                    () -> { });
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
        return ExitCodes.OK;
    }
}
