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
 * polls input every {@link #ACTIVE_POLL_MILLIS} while someone is typing, every
 * {@link #IDLE_POLL_MILLIS} after a second of quiet, and wakes at once when another thread hands
 * it work through {@link #invokeLater}.
 */
public final class PacedGuiThread extends AbstractTextGUIThread implements AsynchronousTextGUIThread {
    /** Input poll while keys are coming. */
    static final long ACTIVE_POLL_MILLIS = 5;
    /** Input poll when nothing happened for a second: the first key after a pause waits at most this. */
    static final long IDLE_POLL_MILLIS = 25;
    private static final long ACTIVE_FOR_NANOS = 250_000_000L;

    private final Thread thread;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Object wake = new Object();
    private volatile State state = State.CREATED;

    private PacedGuiThread(TextGUI gui) {
        super(gui);
        thread = new Thread(this::loop, "berth-ui");
        thread.setDaemon(false);
    }

    /** The factory to hand to {@code MultiWindowTextGUI}. */
    public static TextGUIThreadFactory factory() {
        return PacedGuiThread::new;
    }

    @Override
    public void invokeLater(Runnable runnable) {
        super.invokeLater(runnable);
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void loop() {
        try {
            textGUI.updateScreen();
            long lastBusy = System.nanoTime();
            while (state == State.STARTED) {
                boolean busy = processEventsAndUpdate();
                long now = System.nanoTime();
                if (busy) {
                    lastBusy = now;
                } else {
                    synchronized (wake) {
                        if (customTasks.isEmpty()) {
                            wake.wait(now - lastBusy < ACTIVE_FOR_NANOS ? ACTIVE_POLL_MILLIS : IDLE_POLL_MILLIS);
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
            synchronized (wake) {
                wake.notifyAll();
            }
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
