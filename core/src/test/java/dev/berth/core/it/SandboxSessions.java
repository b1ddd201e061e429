package dev.berth.core.it;

import dev.berth.core.AwsSessionFactory;
import dev.berth.core.Session;
import dev.berth.core.config.BerthConfig;
import dev.berth.core.config.BerthPaths;
import dev.berth.core.context.ConnectOptions;
import dev.berth.core.context.ContextResolver;
import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxOptions;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension (register it as a static field) that starts an in-process sandbox for a test
 * class and opens sessions on it as the app opens them (AwsSessionFactory, the sandbox endpoint,
 * throwaway credentials), with config and state in a fresh directory; plus the sandbox's HTTP
 * control API for knobs, request counts and its audit of mutating calls. Closes all at the end.
 */
final class SandboxSessions implements BeforeAllCallback, AfterAllCallback {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final SandboxOptions options;
    private final List<Session> opened = new CopyOnWriteArrayList<>();
    private Sandbox sandbox;
    private BerthPaths paths;
    private Session session;

    SandboxSessions(SandboxOptions options) {
        this.options = options;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path dir = Files.createTempDirectory("berth-it");
        paths = BerthPaths.from(Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString(),
                "XDG_STATE_HOME", dir.resolve("state").toString()), dir);
        sandbox = Sandbox.start(options);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        opened.forEach(Session::close);
        sandbox.close();
    }

    URI endpoint() {
        return sandbox.endpoint();
    }

    /** The class's shared session with default config. */
    synchronized Session session() {
        if (session == null) {
            session = open();
        }
        return session;
    }

    BerthPaths paths() {
        return paths;
    }

    Session open(BerthConfig config, boolean readOnly) {
        return open(config, ConnectOptions.sandbox(sandbox.endpoint(), "us-east-1").withReadOnly(readOnly));
    }

    /** A session on any endpoint, closed with the rest. */
    Session open(BerthConfig config, ConnectOptions options) {
        ContextResolver resolver = new ContextResolver(Map.of(), paths.configDir());
        Session s = new AwsSessionFactory(resolver, config, paths, Schedulers.io(), Clock.systemUTC()).open(options);
        opened.add(s);
        return s;
    }

    Session open() {
        return open(BerthConfig.defaults(), false);
    }

    String get(String path) {
        return send(HttpRequest.newBuilder(control(path)).GET().build());
    }

    String delete(String path) {
        return send(HttpRequest.newBuilder(control(path)).DELETE().build());
    }

    String post(String path, String json) {
        return send(HttpRequest.newBuilder(control(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private URI control(String path) {
        return sandbox.endpoint().resolve("/_sandbox/" + path);
    }

    private static String send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
            }
            return r.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
