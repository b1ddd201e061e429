package dev.berth.tui.app;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Lanterna's Unix terminal with one {@code stty} process at start instead of five: Lanterna saves
 * the settings, then turns off canonical mode, echo and the interrupt key with a process each,
 * which costs a few hundred milliseconds of a start-up budget on a busy host.
 */
final class QuickUnixTerminal extends UnixTerminal {
    // Assigned from the super constructor (acquire), so no initializer may overwrite it.
    private String saved;
    private boolean rawApplied;

    QuickUnixTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
        super(in, out, charset, CtrlCBehaviour.TRAP);
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
