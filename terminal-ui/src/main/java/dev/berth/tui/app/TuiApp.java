package dev.berth.tui.app;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.SimpleTheme;
import com.googlecode.lanterna.gui2.DefaultWindowManager;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.gui2.TextGUIThreadFactory;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import dev.berth.core.AwsSessionFactory;
import dev.berth.core.Session;
import dev.berth.core.context.ContextResolver;
import dev.berth.core.keymap.Keymap;
import dev.berth.tui.contexts.AwsContexts;
import dev.berth.tui.contexts.Contexts;
import dev.berth.tui.nav.Place;
import dev.berth.tui.nav.Registry;
import dev.berth.tui.shell.Clipboard;
import dev.berth.tui.shell.Osc52Clipboard;
import dev.berth.tui.shell.Shell;
import dev.berth.tui.shell.StatusLine;
import dev.berth.tui.shell.UiContext;
import dev.berth.tui.ui.ColorMode;
import dev.berth.tui.ui.Palette;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the screen and runs the terminal UI on a session until the person quits. */
public final class TuiApp {
    private static final Logger LOG = LoggerFactory.getLogger(TuiApp.class);

    /** Benchmarks set this: quit as soon as the first list has rows on screen. */
    public static final String EXIT_ON_FIRST_SCREEN = "berth.bench.exitOnFirstScreen";

    private TuiApp() {
    }

    /**
     * Checks on the UI thread, after each redraw cycle, whether the first list shows rows; the
     * check runs after the cycle that drew them, so the rows were on the terminal when we quit.
     */
    private static void exitOnFirstScreen(Shell shell, CountDownLatch quit) {
        TextGUIThread thread = shell.window().getTextGUI().getGUIThread();
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (shell.current() instanceof dev.berth.tui.shell.BrowserPanel<?> b && b.viewModel().shownCount() > 0) {
                // No JVM uptime here: the management API would load a module's worth of classes first.
                LOG.info("first screen with rows");
                quit.countDown();
            } else {
                io.reactivex.rxjava3.core.Completable.timer(2, java.util.concurrent.TimeUnit.MILLISECONDS)
                        .subscribe(() -> thread.invokeLater(check[0]));
            }
        };
        thread.invokeLater(check[0]);
    }

    /**
     * Loads what a start on a real terminal loads and a training run for the AOT cache cannot (it has
     * no terminal), so that the cache holds these classes too: the Unix terminal, its key decoder,
     * the UI thread and the key reader.
     */
    public static List<Class<?>> loadRealTerminalClasses() {
        new com.googlecode.lanterna.input.InputDecoder(java.io.Reader.nullReader())
                .addProfile(new com.googlecode.lanterna.input.DefaultKeyDecodingProfile());
        return List.of(QuickUnixTerminal.class, PacedGuiThread.class, KeyReader.class, sun.misc.Signal.class);
    }

    /** The GUI and the shell on a screen, wired but not started (tests use this with a virtual terminal). */
    public static Shell build(Session session, Keymap keymap, ColorMode mode, Screen screen, TextGUIThreadFactory threads,
                              Scheduler work, Scheduler timer, Clock clock, Clipboard clipboard, Path saveDir, Runnable quit) {
        return build(session, null, keymap, mode, screen, threads, work, timer, clock, clipboard, saveDir, quit);
    }

    /** @param contexts where {@code :ctx} and {@code :region} may switch to, or null when this run cannot switch */
    public static Shell build(Session session, Contexts contexts, Keymap keymap, ColorMode mode, Screen screen,
                              TextGUIThreadFactory threads, Scheduler work, Scheduler timer, Clock clock, Clipboard clipboard,
                              Path saveDir, Runnable quit) {
        MultiWindowTextGUI gui = new MultiWindowTextGUI(threads, screen, new DefaultWindowManager(),
                null, new EmptySpace(TextColor.ANSI.DEFAULT));
        gui.setTheme(theme(mode));
        Scheduler ui = Schedulers.from(r -> gui.getGUIThread().invokeLater(r));
        Palette palette = new Palette(mode);
        UiContext ctx = new UiContext(session, keymap, palette, new Registry(clock, contexts), ui, work, timer, clock, clipboard,
                saveDir, new StatusLine(clock));
        Shell shell = new Shell(ctx, gui, quit, contexts);
        gui.addWindow(shell.window());
        return shell;
    }

    /** Dialog borders and backgrounds in the terminal's own colours, so every palette stays readable. */
    private static SimpleTheme theme(ColorMode mode) {
        TextColor d = TextColor.ANSI.DEFAULT;
        TextColor selected = mode == ColorMode.MONOCHROME ? d : TextColor.ANSI.BLUE;
        return SimpleTheme.makeTheme(true, d, d, d, d, d, selected, d);
    }

    /**
     * The process's terminal, in Lanterna's text mode (never a Swing window). On Unix one
     * {@code stty} call sets it up; elsewhere Lanterna's factory picks the terminal.
     */
    public static Terminal openTerminal() throws IOException {
        if (!System.getProperty("os.name", "").startsWith("Windows") && new java.io.File("/dev/tty").exists()) {
            return new QuickUnixTerminal(System.in, System.out, StandardCharsets.UTF_8);
        }
        return new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8)
                .setForceTextTerminal(true)
                .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP)
                .createTerminal();
    }

    /** Runs the UI on the given terminal; returns when the person quits or the terminal goes away. */
    public static void run(Terminal terminal, Session session, Keymap keymap, List<Place> trail, Path saveDir) throws IOException {
        // Whatever a library prints to stderr while the screen is up would scroll and corrupt it: log it instead.
        java.io.PrintStream stderr = System.err;
        System.setErr(new java.io.PrintStream(new StderrToLog(), true, StandardCharsets.UTF_8));
        try {
            runOnScreen(terminal, session, keymap, trail, saveDir);
        } finally {
            System.setErr(stderr);
        }
    }

    private static void runOnScreen(Terminal terminal, Session session, Keymap keymap, List<Place> trail, Path saveDir)
            throws IOException {
        Screen screen = new TerminalScreen(terminal);
        screen.startScreen();
        screen.setCursorPosition(null);
        CountDownLatch quit = new CountDownLatch(1);
        // :ctx and :region open sessions the way the command line did: the AWS CLI's files, config.yaml.
        Contexts contexts = new AwsContexts(AwsSessionFactory::standard, ContextResolver.system());
        Shell shell = build(session, contexts, keymap, ColorMode.detect(System.getenv()), screen, PacedGuiThread.factory(),
                Schedulers.computation(), Schedulers.computation(), Clock.systemDefaultZone(), new Osc52Clipboard(System.out), saveDir, quit::countDown);
        TextGUIThread thread = shell.window().getTextGUI().getGUIThread();
        thread.setExceptionHandler(new TextGUIThread.ExceptionHandler() {
            @Override
            public boolean onIOException(IOException e) {
                LOG.warn("terminal I/O failed", e);
                quit.countDown();
                return true;
            }

            @Override
            public boolean onRuntimeException(RuntimeException e) {
                LOG.warn("UI error", e);
                return false;
            }
        });
        shell.start(trail);
        if (Boolean.getBoolean(EXIT_ON_FIRST_SCREEN)) {
            exitOnFirstScreen(shell, quit);
        }
        PacedGuiThread paced = (PacedGuiThread) thread;
        // An idle UI sleeps until a key, a resize or data comes, instead of polling the terminal.
        terminal.addResizeListener((t, size) -> paced.wake());
        if (terminal instanceof QuickUnixTerminal unix) {
            unix.readKeysInBackground(paced::wake);
            paced.inputWakes();
        }
        paced.start();
        Thread watcher = new Thread(() -> {
            try {
                paced.waitForStop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            quit.countDown();
        }, "berth-ui-watch");
        watcher.setDaemon(true);
        watcher.start();
        try {
            quit.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            paced.stop();
            try {
                paced.waitForStop(1, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            shell.stop();
            screen.stopScreen();
        }
    }
}
