package dev.berth.tui.support;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.berth.core.Session;
import dev.berth.core.keymap.Keymap;
import dev.berth.tui.app.TuiApp;
import dev.berth.tui.contexts.Contexts;
import dev.berth.tui.nav.Place;
import dev.berth.tui.shell.Shell;
import dev.berth.tui.ui.ColorMode;
import io.reactivex.rxjava3.schedulers.TestScheduler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The real shell on Lanterna's virtual terminal, no GUI thread started: keys go in as key
 * strokes, {@link #settle()} runs the queued UI work and redraws, {@link #text()} reads the screen.
 */
public final class TuiHarness implements AutoCloseable {
    public final DefaultVirtualTerminal terminal;
    public final TerminalScreen screen;
    public final Shell shell;
    public final TestScheduler timer = new TestScheduler();
    public final List<String> copied = new CopyOnWriteArrayList<>();
    public boolean quit;
    private final WindowBasedTextGUI gui;

    private TuiHarness(Session session, Contexts contexts, Keymap keymap, int columns, int rows, List<Place> trail, ColorMode mode, Path saveDir) {
        try {
            terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
            screen = new TerminalScreen(terminal);
            screen.startScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.time.Clock clock = session instanceof FakeSession f ? f.clock : java.time.Clock.systemUTC();
        shell = TuiApp.build(session, contexts, keymap, mode, screen, new SameTextGUIThread.Factory(), io.reactivex.rxjava3.schedulers.Schedulers.trampoline(), timer, clock,
                copied::add, saveDir, () -> quit = true);
        gui = (WindowBasedTextGUI) shell.window().getTextGUI();
        shell.start(trail);
        settle();
    }

    public static TuiHarness start(Session session, int columns, int rows, Place... trail) {
        return new TuiHarness(session, null, Keymap.defaults(), columns, rows, Arrays.asList(trail), ColorMode.MONOCHROME, Path.of("target"));
    }

    public static TuiHarness start(Session session, int columns, int rows, ColorMode mode, Path saveDir, Place... trail) {
        return new TuiHarness(session, null, Keymap.defaults(), columns, rows, Arrays.asList(trail), mode, saveDir);
    }

    /** With config.yaml's key overrides applied. */
    public static TuiHarness start(Session session, Keymap keymap, int columns, int rows, Place... trail) {
        return new TuiHarness(session, null, keymap, columns, rows, Arrays.asList(trail), ColorMode.MONOCHROME, Path.of("target"));
    }

    /** With {@code :ctx} and {@code :region} switching through the given contexts. */
    public static TuiHarness start(Session session, Contexts contexts, int columns, int rows, Place... trail) {
        return new TuiHarness(session, contexts, Keymap.defaults(), columns, rows, Arrays.asList(trail), ColorMode.MONOCHROME, Path.of("target"));
    }

    /** Types printable characters, one key each. */
    public TuiHarness type(String keys) {
        for (char c : keys.toCharArray()) {
            terminal.addInput(new KeyStroke(c, false, false));
            settle();
        }
        return this;
    }

    public TuiHarness press(KeyType key) {
        terminal.addInput(new KeyStroke(key));
        return settle();
    }

    public TuiHarness ctrl(char c) {
        terminal.addInput(new KeyStroke(c, true, false));
        return settle();
    }

    /** Lets time pass for debounced work (metrics of the visible rows). */
    public TuiHarness advance(long millis) {
        timer.advanceTimeBy(millis, TimeUnit.MILLISECONDS);
        return settle();
    }

    public TuiHarness resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        return settle();
    }

    /**
     * Runs queued UI work and input until nothing is left, lets a little time pass on the test
     * scheduler (list updates are throttled to a few a second), runs what that released, redraws.
     */
    public TuiHarness settle() {
        TextGUIThread thread = gui.getGUIThread();
        try {
            for (int i = 0; i < 100 && thread.processEventsAndUpdate(); i++) {
                // keep going while there was work
            }
            timer.advanceTimeBy(300, TimeUnit.MILLISECONDS);
            for (int i = 0; i < 100 && thread.processEventsAndUpdate(); i++) {
                // and what the time released
            }
            gui.updateScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The screen as text, one line per row, trailing blanks trimmed. */
    public String text() {
        String[] lines = terminal.toString().split("\n", -1);
        int rows = terminal.getTerminalSize().getRows();
        int from = Math.max(0, lines.length - 1 - rows);
        return String.join("\n", Arrays.copyOfRange(lines, from, from + rows));
    }

    /** Runs UI work until the screen contains {@code text} (real sessions answer on their own threads). */
    public String awaitText(String text, java.time.Duration timeout) {
        return await("'" + text + "'", timeout, s -> s.contains(text));
    }

    public String await(String what, java.time.Duration timeout, java.util.function.Predicate<String> test) {
        long until = System.nanoTime() + timeout.toNanos();
        String screen = text();
        while (!test.test(screen)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting for " + what + "; the screen was:\n" + screen);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
            timer.advanceTimeBy(100, TimeUnit.MILLISECONDS);
            screen = settle().text();
        }
        return screen;
    }

    public String line(int row) {
        return text().split("\n", -1)[row];
    }

    @Override
    public void close() {
        shell.stop();
        try {
            screen.stopScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
