package dev.berth.tui.app;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Lanterna's Unix terminal with one {@code stty} process at start instead of five: Lanterna saves
 * the settings, then turns off canonical mode, echo and the interrupt key with a process each,
 * which costs a few hundred milliseconds of a start-up budget on a busy host. Once
 * {@link #readKeysInBackground} was called, keys are read by a {@link KeyReader} and polling
 * takes them from its queue.
 */
final class QuickUnixTerminal extends UnixTerminal {
    // Assigned from the super constructor (acquire), so no initializer may overwrite it.
    private String saved;
    private boolean rawApplied;
    private volatile KeyReader reader;

    QuickUnixTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
        super(in, out, charset, CtrlCBehaviour.TRAP);
    }

    /** From now on a thread blocks reading keys and calls {@code wake} after each one (and at the end of input). */
    void readKeysInBackground(Runnable wake) {
        KeyReader r = new KeyReader(super::readInput, wake);
        reader = r;
        r.start();
    }

    @Override
    public KeyStroke pollInput() throws IOException {
        KeyReader r = reader;
        return r == null ? super.pollInput() : r.poll();
    }

    @Override
    protected void saveTerminalSettings() throws IOException {
        saved = exec("/bin/sh", "-c", "stty -g; stty -icanon min 1 -echo intr undef").trim();
        rawApplied = true;
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (saved != null && !saved.isEmpty()) {
            runSTTYCommand(saved);
        }
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (enabled || !rawApplied) {
            super.canonicalMode(enabled);
        }
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (enabled || !rawApplied) {
            super.keyEchoEnabled(enabled);
        }
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if (enabled || !rawApplied) {
            super.keyStrokeSignalsEnabled(enabled);
        }
    }
}
