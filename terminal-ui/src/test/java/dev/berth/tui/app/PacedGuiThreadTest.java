package dev.berth.tui.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The UI thread sleeps while nothing happens: only a wake (a key, a resize, a task) runs a cycle. */
class PacedGuiThreadTest {
    /** Longer than any test: a cycle that runs promptly was woken. */
    private static final long AN_HOUR = TimeUnit.HOURS.toMillis(1);

    private final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(40, 10));
    private TerminalScreen screen;
    private PacedGuiThread thread;

    private TextBox startWithTextBox() throws Exception {
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        MultiWindowTextGUI gui = new MultiWindowTextGUI(PacedGuiThread.factory(AN_HOUR), screen);
        TextBox box = new TextBox(new TerminalSize(20, 1));
        BasicWindow window = new BasicWindow();
        window.setComponent(box);
        gui.addWindow(window);
        thread = (PacedGuiThread) gui.getGUIThread();
        thread.inputWakes();
        thread.start();
        return box;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(end);
            Thread.sleep(10);
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (thread != null) {
            thread.stop();
            thread.waitForStop(20, TimeUnit.SECONDS);
        }
        if (screen != null) {
            screen.stopScreen();
        }
    }

    @Test
    void aKeyIsHandledWhenItsReaderWakesTheThread() throws Exception {
        TextBox box = startWithTextBox();
        Thread.sleep(100);   // let it fall asleep (the test holds either way)

        terminal.addInput(new KeyStroke('x', false, false));
        thread.wake();
        await("the key typed into the box", () -> "x".equals(box.getText()));
    }

    @Test
    void stopEndsASleepingThread() throws Exception {
        startWithTextBox();
        Thread.sleep(100);
        thread.stop();
        thread.waitForStop(20, TimeUnit.SECONDS);
        assertThat(thread.getState()).isEqualTo(com.googlecode.lanterna.gui2.AsynchronousTextGUIThread.State.STOPPED);
    }
}
