package dev.berth.tui.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code berth sandbox} (demo scenario, a free loopback port) in a JVM of its own, on this
 * process's Java and class path: the start-up cache's training run talks to it over HTTP as the app
 * talks to AWS, without loading the sandbox's classes into the cache it records.
 */
public final class ChildSandbox implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");

    private final Process process;
    private final String endpoint;

    private ChildSandbox(Process process, String endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Starts it and returns once it listens. */
    public static ChildSandbox start() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "dev.berth.sandbox.SandboxCommand", "--port", "0", "--scenario", "demo"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "child-sandbox-output");
                drain.setDaemon(true);
                drain.start();
                return new ChildSandbox(p, m.group(1));
            }
        }
        p.destroyForcibly();
        throw new IOException("the sandbox process ended without saying where it listens (exit " + p.exitValue() + ")");
    }

    public String endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
