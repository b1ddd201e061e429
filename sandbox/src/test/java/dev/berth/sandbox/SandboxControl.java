package dev.berth.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The sandbox's own HTTP API under {@code /_sandbox/}, as tests drive it: move the clock, read ground truth. */
public final class SandboxControl {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI endpoint;

    public SandboxControl(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** Moves sandbox time forward in steps of at most {@code step}, letting the control plane act at each. */
    public void advance(Duration by, Duration step) {
        for (long left = by.toSeconds(); left > 0; left -= step.toSeconds()) {
            post("/_sandbox/clock/advance?seconds=" + Math.min(left, step.toSeconds()));
        }
    }

    public void advance(Duration by) {
        advance(by, Duration.ofSeconds(5));
    }

    /** Every awslogs stream the control plane wrote, with line counts and last lines. */
    public JsonNode logStreams(String region) {
        return get("/_sandbox/ecs/log-streams?region=" + region);
    }

    /** Every AWS/ECS and ECS/ContainerInsights series in the metric store. */
    public JsonNode metrics(String region) {
        return get("/_sandbox/ecs/metrics?region=" + region);
    }

    public JsonNode health() {
        return get("/_sandbox/health");
    }

    private JsonNode get(String path) {
        return send(HttpRequest.newBuilder(endpoint.resolve(path)).GET().build());
    }

    private JsonNode post(String path) {
        return send(HttpRequest.newBuilder(endpoint.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
            }
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
