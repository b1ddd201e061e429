package dev.berth.tui.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Copies through the terminal itself with OSC 52, so copying works over SSH and inside tmux
 * ({@code set -g set-clipboard on}) without any clipboard tool on the remote host.
 */
public final class Osc52Clipboard implements Clipboard {
    private final OutputStream terminal;

    public Osc52Clipboard(OutputStream terminal) {
        this.terminal = terminal;
    }

    /** The escape sequence that puts {@code text} on the system clipboard. */
    public static String sequence(String text) {
        return "\u001b]52;c;" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "\u0007";
    }

    @Override
    public void copy(String text) {
        try {
            terminal.write(sequence(text).getBytes(StandardCharsets.US_ASCII));
            terminal.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the terminal", e);
        }
    }
}
