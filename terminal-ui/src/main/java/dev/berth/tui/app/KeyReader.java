package dev.berth.tui.app;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Reads the terminal's keys on a thread of its own, blocked in {@code read} until one comes, and
 * queues them for the UI thread, which it wakes: an idle UI then sleeps until a key or data
 * arrives instead of polling the terminal. Ends after end of input or a read error; the UI thread
 * gets the end as an EOF key and the error from {@link #poll()}.
 */
final class KeyReader {
    /** One key from the terminal, blocking until there is one. */
    interface Source {
        KeyStroke read() throws IOException;
    }

    private final Source source;
    private final Runnable wake;
    private final Queue<KeyStroke> keys = new ConcurrentLinkedQueue<>();
    private volatile IOException failure;

    KeyReader(Source source, Runnable wake) {
        this.source = source;
        this.wake = wake;
    }

    /** Starts reading (a daemon thread: a blocked read must not keep the process alive). */
    void start() {
        Thread t = new Thread(this::loop, "berth-keys");
        t.setDaemon(true);
        t.start();
    }

    /** The next key read, or null when none is waiting; a read error, once every key before it was taken. */
    KeyStroke poll() throws IOException {
        KeyStroke key = keys.poll();
        if (key == null && failure != null) {
            throw failure;
        }
        return key;
    }

    private void loop() {
        try {
            while (true) {
                KeyStroke key = source.read();
                if (key != null) {
                    keys.add(key);
                    wake.run();
                    if (key.getKeyType() == KeyType.EOF) {
                        return;
                    }
                }
            }
        } catch (IOException e) {
            fail(e);
        } catch (RuntimeException e) {
            // a frozen keyboard would be worse than the quit an I/O error leads to
            fail(new IOException("reading the terminal failed: " + e, e));
        }
    }

    private void fail(IOException e) {
        failure = e;
        wake.run();
    }
}
