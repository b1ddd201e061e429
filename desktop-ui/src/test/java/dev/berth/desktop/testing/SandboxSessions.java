package dev.berth.desktop.testing;

import dev.berth.core.AwsSessionFactory;
import dev.berth.core.Session;
import dev.berth.core.config.BerthConfig;
import dev.berth.core.config.BerthPaths;
import dev.berth.core.context.ConnectOptions;
import dev.berth.core.context.ContextResolver;
import dev.berth.sandbox.Sandbox;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Sessions on an in-process sandbox opened the way the app opens them (AwsSessionFactory, throwaway
 * credentials, config and state in a temporary directory), and the sandbox's HTTP control API for
 * what the test checks afterwards (its audit of mutating calls).
 */
public final class SandboxSessions {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final Sandbox sandbox;
    private final BerthPaths paths;

    public SandboxSessions(Sandbox sandbox) {
        this.sandbox = sandbox;
        try {
            Path dir = Files.createTempDirectory("berth-desktop-it");
            this.paths = BerthPaths.from(Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString(),
                    "XDG_STATE_HOME", dir.resolve("state").toString()), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Session open(boolean readOnly) {
        return open(readOnly, BerthConfig.defaults());
    }

    /** A session with its own config (e.g. quicker polling, so a test waits seconds for a fresh sweep). */
    public Session open(boolean readOnly, BerthConfig config) {
        return new AwsSessionFactory(new ContextResolver(Map.of(), paths.configDir()), config, paths,
                Schedulers.io(), Clock.systemUTC())
                .open(ConnectOptions.sandbox(sandbox.endpoint(), "us-east-1").withReadOnly(readOnly));
    }

    /** The sandbox's record of mutating calls, as JSON text. */
    public String audit() {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(sandbox.endpoint().resolve("/_sandbox/audit")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
