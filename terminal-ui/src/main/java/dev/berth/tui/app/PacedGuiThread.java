package dev.berth.tui.app;

import com.googlecode.lanterna.gui2.AbstractTextGUIThread;
import com.googlecode.lanterna.gui2.AsynchronousTextGUIThread;
import com.googlecode.lanterna.gui2.TextGUI;
import com.googlecode.lanterna.gui2.TextGUIThreadFactory;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.gui2.Window;
import java.io.EOFException;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lanterna's UI thread, but quiet when idle: the stock {@code SeparateTextGUIThread} polls
 * every millisecond (a thousand wake-ups a second on a bastion host doing nothing). This one
 * wakes at once when another thread hands it work through {@link #invokeLater} or calls
 * {@link #wake}. When a {@link KeyReader} wakes it for every key ({@link #inputWakes}), it
 * sleeps until then (looking every {@link #SAFETY_WAIT_MILLIS} all the same); otherwise it polls
 * input every {@link #ACTIVE_POLL_MILLIS} while someone is typing and every
 * {@link #IDLE_POLL_MILLIS} after a quarter of a second of quiet.
 */
public final class PacedGuiThread extends AbstractTextGUIThread implements AsynchronousTextGUIThread {
    /** Input poll while keys are coming. */
    static final long ACTIVE_POLL_MILLIS = 5;
    /** Input poll after a quarter of a second of quiet: the first key after a pause waits at most this. */
    static final long IDLE_POLL_MILLIS = 25;
    private static final long ACTIVE_FOR_NANOS = 250_000_000L;
    /** With input that wakes the thread: a look now and then, in case something changed without saying so. */
    static final long SAFETY_WAIT_MILLIS = 1000;

    private final Thread thread;
    private final long safetyWaitMillis;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Object wake = new Object();
    private volatile State state = State.CREATED;
    private volatile boolean inputWakes;
    /** Set by {@link #wake}, cleared before each cycle: a wake during a cycle is never lost. Guarded by {@code wake}. */
    private boolean woken;

    private PacedGuiThread(TextGUI gui, long safetyWaitMillis) {
        super(gui);
        this.safetyWaitMillis = safetyWaitMillis;
        thread = new Thread(this::loop, "berth-ui");
        thread.setDaemon(false);
    }

    /** The factory to hand to {@code MultiWindowTextGUI}. */
    public static TextGUIThreadFactory factory() {
        return factory(SAFETY_WAIT_MILLIS);
    }

    /** With another safety look (tests make it long, so only a wake can explain a prompt cycle). */
    static TextGUIThreadFactory factory(long safetyWaitMillis) {
        return gui -> new PacedGuiThread(gui, safetyWaitMillis);
    }

    @Override
    public void invokeLater(Runnable runnable) {
        super.invokeLater(runnable);
        wake();
    }

    /** Runs a cycle now: input is waiting, or the terminal was resized. Any thread. */
    public void wake() {
        synchronized (wake) {
            woken = true;
            wake.notifyAll();
        }
    }

    /** From now on every key wakes this thread (see {@link KeyReader}): stop polling for input. */
    public void inputWakes() {
        inputWakes = true;
        wake();
    }

    private void loop() {
        try {
            textGUI.updateScreen();
            long lastBusy = System.nanoTime();
            while (state == State.STARTED) {
                synchronized (wake) {
                    woken = false;
                }
                boolean busy = processEventsAndUpdate();
                long now = System.nanoTime();
                if (busy) {
                    lastBusy = now;
                } else {
                    long pause = inputWakes ? safetyWaitMillis
                            : now - lastBusy < ACTIVE_FOR_NANOS ? ACTIVE_POLL_MILLIS : IDLE_POLL_MILLIS;
                    synchronized (wake) {
                        if (!woken && customTasks.isEmpty() && state == State.STARTED) {
                            wake.wait(pause);
                        }
                    }
                }
            }
        } catch (EOFException e) {
            // the terminal went away (SSH dropped): close like a quit
            if (textGUI instanceof WindowBasedTextGUI w) {
                w.getWindows().forEach(Window::close);
            }
        } catch (IOException e) {
            exceptionHandler.onIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            state = State.STOPPED;
            stopped.countDown();
        }
    }

    @Override
    public void start() {
        state = State.STARTED;
        thread.start();
    }

    @Override
    public void stop() {
        if (state == State.STARTED) {
            state = State.STOPPING;
            wake();
        }
    }

    @Override
    public void waitForStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void waitForStop(long time, TimeUnit unit) throws InterruptedException {
        stopped.await(time, unit);
    }

    @Override
    public State getState() {
        return state;
    }

    @Override
    public Thread getThread() {
        return thread;
    }
}
