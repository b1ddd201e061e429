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

/** The sandbox's own HTTP API under /_sandbox/, as tests and benchmarks call it. */
public final class SandboxControl {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI endpoint;

    public SandboxControl(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** Moves sandbox time forward and lets the control plane catch up. */
    public void advanceClock(long seconds) {
        send("POST", "/_sandbox/clock/advance?seconds=" + seconds);
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

    /** GET or POST a control path; answers the JSON body, with the HTTP status in {@code _status}. */
    public JsonNode send(String method, String pathAndQuery) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(endpoint.resolve(pathAndQuery))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            ObjectNode body = (ObjectNode) JSON.readTree(r.body());
            body.put("_status", r.statusCode());
            return body;
        } catch (IOException e) {
            throw new IllegalStateException("sandbox control call failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
