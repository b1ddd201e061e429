package dev.berth.core.it;

import dev.berth.core.AwsSessionFactory;
import dev.berth.core.Session;
import dev.berth.core.config.BerthConfig;
import dev.berth.core.config.BerthPaths;
import dev.berth.core.context.ConnectOptions;
import dev.berth.core.context.ContextResolver;
import dev.berth.sandbox.Sandbox;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Sessions on an in-process sandbox, opened as the app opens them (AwsSessionFactory, the sandbox
 * endpoint, throwaway credentials), with config and state in a test directory; plus the sandbox's
 * HTTP control API for knobs, request counts and its audit of mutating calls.
 */
final class SandboxSessions {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final Sandbox sandbox;
    private final BerthPaths paths;

    SandboxSessions(Sandbox sandbox, Path dir) {
        this.sandbox = sandbox;
        this.paths = BerthPaths.from(Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString(),
                "XDG_STATE_HOME", dir.resolve("state").toString()), dir);
    }

    BerthPaths paths() {
        return paths;
    }

    Session open(BerthConfig config, boolean readOnly) {
        ContextResolver resolver = new ContextResolver(Map.of(), paths.configDir());
        return new AwsSessionFactory(resolver, config, paths, Schedulers.io(), Clock.systemUTC())
                .open(ConnectOptions.sandbox(sandbox.endpoint(), "us-east-1").withReadOnly(readOnly));
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
