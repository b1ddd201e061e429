package dev.berth.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The sandbox's control API over HTTP: knobs, per-operation request counts, ground-truth views. */
final class SandboxControl {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;

    SandboxControl(URI endpoint) {
        this.endpoint = endpoint;
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    void delete(String path) {
        send(HttpRequest.newBuilder(uri(path)).DELETE().build());
    }

    void post(String path, String json) {
        send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Requests of {@code service:Operation} counted since the counter was last cleared. */
    long count(String operation) {
        JsonNode n = get("requests").path("counts").path(operation);
        return n.isMissingNode() ? 0 : n.asLong();
    }

    boolean answers() {
        try {
            get("health");
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private URI uri(String path) {
        return endpoint.resolve("/_sandbox/" + path);
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
            }
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
