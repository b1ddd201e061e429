package dev.berth.sandbox.knobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.JsonCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * The sandbox's own HTTP API under {@code /_sandbox/}, for tests and benchmarks:
 * <ul>
 *   <li>{@code GET /_sandbox/health} scenario, sandbox time and speed</li>
 *   <li>{@code GET|DELETE /_sandbox/requests} per-operation request counts</li>
 *   <li>{@code GET|DELETE /_sandbox/audit} mutating calls received</li>
 *   <li>{@code GET|POST /_sandbox/knobs} latency, rate limits, fault rates, speed (POST a partial JSON object)</li>
 *   <li>{@code POST /_sandbox/clock/advance?seconds=N} jump sandbox time forward</li>
 * </ul>
 * Further read-only views (ground truth for benchmarks) register through {@link #addView}.
 */
public final class ControlApi implements HttpHandler {
    private final World world;
    private final Knobs knobs;
    private final RequestCounter counter;
    private final MutationAudit audit;
    private final Map<String, Function<HttpExchange, JsonNode>> views = new java.util.concurrent.ConcurrentHashMap<>();

    public ControlApi(World world, Knobs knobs, RequestCounter counter, MutationAudit audit) {
        this.world = world;
        this.knobs = knobs;
        this.counter = counter;
        this.audit = audit;
    }

    /** Serves {@code GET /_sandbox/NAME} from the given function. */
    public void addView(String name, Function<HttpExchange, JsonNode> view) {
        views.put(name, view);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/_sandbox/".length());
        String method = exchange.getRequestMethod();
        try {
            JsonNode answer = switch (path) {
                case "health" -> health();
                case "requests" -> {
                    if (method.equals("DELETE")) {
                        counter.reset();
                    }
                    ObjectNode out = JsonCodec.MAPPER.createObjectNode();
                    out.put("total", counter.total());
                    out.set("counts", JsonCodec.MAPPER.valueToTree(counter.snapshot()));
                    yield out;
                }
                case "audit" -> {
                    if (method.equals("DELETE")) {
                        audit.clear();
                    }
                    ArrayNode out = JsonCodec.MAPPER.createArrayNode();
                    for (MutationAudit.Entry e : audit.entries()) {
                        ObjectNode row = out.addObject();
                        row.put("at", e.at().toString());
                        row.put("service", e.service());
                        row.put("operation", e.operation());
                        row.put("region", e.region());
                        row.put("status", e.status());
                        row.set("request", e.request());
                    }
                    yield out;
                }
                case "knobs" -> {
                    if (method.equals("POST")) {
                        applyKnobs(JsonCodec.MAPPER.readTree(exchange.getRequestBody()));
                    }
                    yield knobs();
                }
                case "clock/advance" -> {
                    String q = exchange.getRequestURI().getQuery();
                    long seconds = Long.parseLong(q == null ? "" : q.replaceFirst("^seconds=", ""));
                    world.clock().advance(Duration.ofSeconds(seconds));
                    world.tick();
                    yield health();
                }
                default -> {
                    Function<HttpExchange, JsonNode> view = views.get(path);
                    if (view == null) {
                        send(exchange, 404, error("no such sandbox endpoint: /_sandbox/" + path));
                        yield null;
                    }
                    yield view.apply(exchange);
                }
            };
            if (answer != null) {
                send(exchange, 200, answer);
            }
        } catch (IllegalArgumentException | IOException e) {
            send(exchange, 400, error(e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    private JsonNode health() {
        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        out.put("status", "ok");
        out.put("scenario", world.options().scenario());
        out.put("region", world.options().region());
        out.put("account", world.account());
        out.put("time", world.now().toString());
        out.put("speed", world.clock().speed());
        return out;
    }

    private JsonNode knobs() {
        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        out.put("latencyMillis", knobs.latencyMillis());
        out.put("rateLimits", knobs.rateLimits());
        out.put("throttleRate", knobs.throttleRate());
        out.put("serverErrorRate", knobs.serverErrorRate());
        out.put("resetRate", knobs.resetRate());
        out.put("speed", world.clock().speed());
        return out;
    }

    private void applyKnobs(JsonNode in) {
        if (in == null || !in.isObject()) {
            throw new IllegalArgumentException("POST a JSON object, e.g. {\"throttleRate\":0.2}");
        }
        in.fieldNames().forEachRemaining(name -> {
            JsonNode v = in.get(name);
            switch (name) {
                case "latencyMillis" -> knobs.setLatencyMillis(v.asInt());
                case "rateLimits" -> knobs.setRateLimits(v.asBoolean());
                case "throttleRate" -> knobs.setThrottleRate(v.asDouble());
                case "serverErrorRate" -> knobs.setServerErrorRate(v.asDouble());
                case "resetRate" -> knobs.setResetRate(v.asDouble());
                case "speed" -> world.clock().setSpeed(v.asDouble());
                default -> throw new IllegalArgumentException("unknown knob: " + name);
            }
        });
    }

    private static JsonNode error(String message) {
        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        out.put("error", message);
        return out;
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JsonCodec.encode(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
