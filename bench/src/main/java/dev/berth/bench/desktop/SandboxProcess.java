package dev.berth.bench.desktop;

import dev.berth.core.AwsSessionFactory;
import dev.berth.core.Session;
import dev.berth.core.config.BerthConfig;
import dev.berth.core.config.BerthPaths;
import dev.berth.core.context.ConnectOptions;
import dev.berth.core.context.ContextResolver;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A `berth sandbox` with the sized scenario in a JVM of its own, and a session on it as the app opens one. */
final class SandboxProcess {
    private static final Pattern LISTENING = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)");

    private SandboxProcess() {
    }

    /** One cluster of {@code services} services with one task each, on a free port; returns once it listens. */
    static Process start(int services) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                "dev.berth.sandbox.SandboxCommand", "--scenario", "sized", "--size", "1x" + services + "x1", "--port", "0"))
                .redirectErrorStream(true).start();
        return p;
    }

    static Session open(Process sandbox) throws IOException {
        URI endpoint = null;
        BufferedReader out = new BufferedReader(new InputStreamReader(sandbox.getInputStream()));
        for (String line = out.readLine(); line != null && endpoint == null; line = out.readLine()) {
            Matcher m = LISTENING.matcher(line);
            if (line.contains("listening") && m.find()) {
                endpoint = URI.create(m.group(1));
            }
        }
        if (endpoint == null) {
            throw new IllegalStateException("the sandbox did not say where it listens");
        }
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "sandbox-output");
        drain.setDaemon(true);
        drain.start();
        Path dir = Files.createTempDirectory("berth-bench");
        BerthPaths paths = BerthPaths.from(Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString(),
                "XDG_STATE_HOME", dir.resolve("state").toString()), dir);
        return new AwsSessionFactory(new ContextResolver(Map.of(), paths.configDir()), BerthConfig.defaults(), paths,
                Schedulers.io(), Clock.systemUTC()).open(ConnectOptions.sandbox(endpoint, "us-east-1"));
    }
}
