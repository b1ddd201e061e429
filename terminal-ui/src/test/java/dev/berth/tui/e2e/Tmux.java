package dev.berth.tui.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A tmux session running one command: type keys, read the pane, wait for text. Each session gets
 * its own tmux server (socket named after the session), so a person's tmux or another test run on
 * the same machine can neither see nor kill it. Public for the installers' tests of the packaged app.
 */
public final class Tmux implements AutoCloseable {
    private final String name;

    private Tmux(String name) {
        this.name = name;
    }

    public static boolean available() {
        try {
            return run(List.of("tmux", "-V")).startsWith("tmux");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Starts the command in a new session; its stderr goes to {@code stderr} so it cannot scroll the screen. */
    public static Tmux start(String name, int columns, int rows, List<String> command, java.nio.file.Path stderr) throws IOException {
        List<String> args = new ArrayList<>(List.of("tmux", "-L", name, "new-session", "-d", "-s", name,
                "-x", String.valueOf(columns), "-y", String.valueOf(rows)));
        args.add(String.join(" ", command.stream().map(Tmux::quote).toList()) + " 2>" + quote(stderr.toString()));
        run(args);
        return new Tmux(name);
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** Keys in tmux notation: "Enter", "Escape", "C-u", or literal text. */
    public void send(String... keys) throws IOException {
        List<String> args = new ArrayList<>(List.of("tmux", "-L", name, "send-keys", "-t", name));
        args.addAll(List.of(keys));
        run(args);
    }

    public void type(String literal) throws IOException {
        run(List.of("tmux", "-L", name, "send-keys", "-t", name, "-l", literal));
    }

    public String capture() throws IOException {
        return run(List.of("tmux", "-L", name, "capture-pane", "-p", "-t", name));
    }

    /** Waits until the pane passes {@code test}; fails with the last capture if it never does. */
    public String await(String what, Duration timeout, Predicate<String> test) throws IOException, InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < until) {
            last = capture();
            if (test.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out waiting for " + what + "; the screen was:\n" + last);
    }

    public String awaitText(String text, Duration timeout) throws IOException, InterruptedException {
        return await("'" + text + "'", timeout, s -> s.contains(text));
    }

    private static String run(List<String> args) throws IOException {
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + args);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        run(List.of("tmux", "-L", name, "kill-server"));
    }
}
