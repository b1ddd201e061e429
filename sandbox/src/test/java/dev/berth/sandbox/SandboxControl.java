package dev.berth.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The sandbox's own HTTP API under {@code /_sandbox/}, as tests and benchmarks drive it: move the clock, read ground truth. */
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
            advanceClock(Math.min(left, step.toSeconds()));
        }
    }

    public void advance(Duration by) {
        advance(by, Duration.ofSeconds(5));
    }

    /** Moves sandbox time forward in one jump and lets the control plane catch up. */
    public void advanceClock(long seconds) {
        ok(send("POST", "/_sandbox/clock/advance?seconds=" + seconds));
    }

    /** Every awslogs stream the control plane wrote, with line counts and last lines. */
    public JsonNode logStreams(String region) {
        return ok(send("GET", "/_sandbox/ecs/log-streams?region=" + region));
    }

    /** Every AWS/ECS and ECS/ContainerInsights series in the metric store. */
    public JsonNode metrics(String region) {
        return ok(send("GET", "/_sandbox/ecs/metrics?region=" + region));
    }

    public JsonNode health() {
        return ok(send("GET", "/_sandbox/health"));
    }

    /** The ground truth of stored log events: {@code /_sandbox/logs/truth}. */
    public JsonNode logTruth(String group, String stream, Long from, Long to) {
        StringBuilder q = new StringBuilder("/_sandbox/logs/truth?group=").append(encode(group));
        if (stream != null) {
            q.append("&stream=").append(encode(stream));
        }
        if (from != null) {
            q.append("&from=").append(from);
        }
        if (to != null) {
            q.append("&to=").append(to);
        }
        return send("GET", q.toString());
    }

    /** GET or POST a control path; answers the JSON body with the HTTP status added as {@code _status}. */
    public JsonNode send(String method, String pathAndQuery) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(endpoint.resolve(pathAndQuery))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(r.body());
            ObjectNode wrapped = body.isObject() ? (ObjectNode) body : JSON.createObjectNode().set("items", body);
            wrapped.put("_status", r.statusCode());
            return wrapped;
        } catch (IOException e) {
            throw new IllegalStateException("sandbox control call failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode ok(JsonNode answer) {
        if (answer.get("_status").asInt() != 200) {
            throw new IllegalStateException("sandbox control answered " + answer);
        }
        ObjectNode copy = ((ObjectNode) answer).deepCopy();
        copy.remove("_status");
        return copy.has("items") && copy.size() == 1 ? copy.get("items") : copy;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
