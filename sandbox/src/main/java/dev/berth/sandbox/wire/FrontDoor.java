package dev.berth.sandbox.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.berth.sandbox.knobs.Knobs;
import dev.berth.sandbox.knobs.MutationAudit;
import dev.berth.sandbox.knobs.RateLimiter;
import dev.berth.sandbox.knobs.RequestCounter;
import dev.berth.sandbox.sim.World;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP endpoint every AWS client talks to. Works out protocol, service, operation and
 * region from the request, applies the knobs (latency, rate limits, faults), calls the operation
 * and answers in the protocol's shape. Unexpected failures become an {@code InternalFailure} answer
 * with the details in the sandbox log, never in the response.
 */
public final class FrontDoor implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(FrontDoor.class);
    private static final Pattern CREDENTIAL_SCOPE =
            Pattern.compile("Credential=[^/,\\s]+/\\d{8}/([^/,\\s]+)/([^/,\\s]+)/aws4_request");
    private static final Pattern RPC_V2_PATH = Pattern.compile("^/service/([^/]+)/operation/([^/]+)$");

    private final ServiceRegistry registry;
    private final World world;
    private final Knobs knobs;
    private final RequestCounter counter;
    private final MutationAudit audit;
    private final RateLimiter limiter = new RateLimiter();
    private final HttpHandler control;

    public FrontDoor(ServiceRegistry registry, World world, Knobs knobs, RequestCounter counter,
                     MutationAudit audit, HttpHandler control) {
        this.registry = registry;
        this.world = world;
        this.knobs = knobs;
        this.counter = counter;
        this.audit = audit;
        this.control = control;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestURI().getPath().startsWith("/_sandbox/")) {
                control.handle(exchange);
                return;
            }
            serve(exchange);
        } catch (IOException e) {
            LOG.debug("client went away: {}", e.toString());
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        Request request;
        try {
            byte[] body = readBody(exchange);
            request = decode(exchange, body, requestId);
        } catch (AwsException e) {
            respondError(exchange, guessProtocol(exchange), null, e, requestId);
            return;
        } catch (RuntimeException e) {
            // A request the decoders did not foresee still gets an answer, not a dropped connection.
            LOG.warn("could not decode request {}", requestId, e);
            respondError(exchange, guessProtocol(exchange), null, new AwsException("InternalFailure", 500,
                    "The sandbox could not read the request (see its log, request " + requestId + ")."), requestId);
            return;
        }

        counter.count(request.service.signingName(), request.operation);
        pause(knobs.latencyMillis());
        boolean mutating = request.service.mutating().contains(request.operation);
        switch (knobs.draw()) {
            case RESET -> {
                // Closing without an answer is what a dropped connection looks like to the client.
                return;
            }
            case SERVER_ERROR -> {
                respondError(exchange, request.protocol, request.service,
                        new AwsException("ServiceUnavailable", 503, "Service is unavailable (injected)."), requestId);
                return;
            }
            case THROTTLE -> {
                respondError(exchange, request.protocol, request.service, throttled(), requestId);
                return;
            }
            case NONE -> {
            }
        }
        if (knobs.rateLimits()
                && !limiter.tryAcquire(request.region, request.service.signingName(), request.operation, mutating)) {
            respondError(exchange, request.protocol, request.service, throttled(), requestId);
            return;
        }

        Operation op = request.service.operations().get(request.operation);
        int status = 200;
        try {
            if (op == null) {
                throw unknownOperation(request.protocol, request.operation);
            }
            Input input = new Input(request.input, request.service.validationCode());
            JsonNode output = op.handle(new Call(request.service.signingName(), request.operation, input,
                    request.region, requestId));
            respond(exchange, request, output, requestId);
        } catch (AwsException e) {
            status = e.status();
            respondError(exchange, request.protocol, request.service, e, requestId);
        } catch (RuntimeException e) {
            status = 500;
            LOG.warn("{}:{} failed inside the sandbox (request {})", request.service.signingName(), request.operation,
                    requestId, e);
            respondError(exchange, request.protocol, request.service,
                    new AwsException("InternalFailure", 500, "The sandbox failed to process the request (see its log, request " + requestId + ")."),
                    requestId);
        } finally {
            if (mutating && op != null) {
                audit.record(new MutationAudit.Entry(world.now(), request.service.signingName(), request.operation,
                        request.region, status, request.input));
            }
        }
    }

    private record Request(Protocol protocol, AwsService service, String operation, JsonNode input, String region) {
    }

    private Request decode(HttpExchange exchange, byte[] body, String requestId) {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String region = world.options().region();
        String signingName = null;
        if (auth != null) {
            Matcher m = CREDENTIAL_SCOPE.matcher(auth);
            if (m.find()) {
                region = m.group(1);
                signingName = m.group(2);
            }
        }

        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (target != null) {
            int dot = target.lastIndexOf('.');
            Protocol protocol = jsonProtocol(exchange.getRequestHeaders().getFirst("Content-Type"));
            if (dot < 0) {
                throw unknownOperation(protocol, target);
            }
            AwsService service = registry.byTargetPrefix(target.substring(0, dot))
                    .orElseThrow(() -> unknownOperation(protocol, target));
            return new Request(protocol, service, target.substring(dot + 1), JsonCodec.decode(body), region);
        }

        Matcher rpc = RPC_V2_PATH.matcher(exchange.getRequestURI().getPath());
        if (rpc.matches()) {
            AwsService service = registry.byTargetPrefix(rpc.group(1))
                    .orElseThrow(() -> unknownOperation(Protocol.RPC_V2_CBOR, rpc.group(2)));
            return new Request(Protocol.RPC_V2_CBOR, service, rpc.group(2), CborCodec.decode(body), region);
        }

        String form = exchange.getRequestMethod().equals("GET")
                ? exchange.getRequestURI().getRawQuery()
                : new String(body, StandardCharsets.UTF_8);
        Map<String, String> params = QueryCodec.parseForm(form);
        String action = params.get("Action");
        if (action == null) {
            throw AwsException.client("UnknownOperationException",
                    "Cannot tell which AWS operation this is: no X-Amz-Target header, RPC v2 path or Action parameter.");
        }
        String scope = signingName;
        AwsService service = registry.forQuery(scope, action)
                .orElseThrow(() -> AwsException.client("InvalidAction", "The action " + action + " is not valid for this endpoint."));
        return new Request(Protocol.AWS_QUERY, service, action, QueryCodec.toTree(params), region);
    }

    private Protocol guessProtocol(HttpExchange exchange) {
        if (exchange.getRequestHeaders().getFirst("X-Amz-Target") != null) {
            return jsonProtocol(exchange.getRequestHeaders().getFirst("Content-Type"));
        }
        if (RPC_V2_PATH.matcher(exchange.getRequestURI().getPath()).matches()) {
            return Protocol.RPC_V2_CBOR;
        }
        return Protocol.AWS_QUERY;
    }

    /** awsJson 1.0 and 1.1 differ on the wire only in the content type. */
    private static Protocol jsonProtocol(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json-1.0")
                ? Protocol.AWS_JSON_1_0 : Protocol.AWS_JSON_1_1;
    }

    private static AwsException unknownOperation(Protocol protocol, String operation) {
        return protocol == Protocol.AWS_QUERY
                ? AwsException.client("InvalidAction", "The action " + operation + " is not valid for this endpoint.")
                : AwsException.client("UnknownOperationException", "Unknown operation " + operation);
    }

    /** "Throttling" is the query code (and the awsQueryCompatible header), "ThrottlingException" the JSON type. */
    private static AwsException throttled() {
        return new AwsException("Throttling", "ThrottlingException", 400, "Rate exceeded");
    }

    private void respond(HttpExchange exchange, Request request, JsonNode output, String requestId) throws IOException {
        switch (request.protocol) {
            case AWS_JSON_1_1, AWS_JSON_1_0 -> send(exchange, 200, jsonContentType(request.protocol),
                    JsonCodec.encode(output), requestId);
            case AWS_QUERY -> send(exchange, 200, "text/xml", QueryCodec.encode(request.operation,
                    request.service.xmlNamespace(), output, requestId), requestId);
            case RPC_V2_CBOR -> {
                exchange.getResponseHeaders().set("smithy-protocol", "rpc-v2-cbor");
                send(exchange, 200, "application/cbor", CborCodec.encode(output), requestId);
            }
        }
    }

    private void respondError(HttpExchange exchange, Protocol protocol, AwsService service, AwsException e,
                              String requestId) throws IOException {
        switch (protocol) {
            case AWS_JSON_1_1, AWS_JSON_1_0 -> {
                exchange.getResponseHeaders().set("x-amzn-ErrorType", e.type());
                addQueryErrorHeader(exchange, service, e);
                send(exchange, e.status(), jsonContentType(protocol), JsonCodec.encodeError(e), requestId);
            }
            case AWS_QUERY -> send(exchange, e.status(), "text/xml",
                    QueryCodec.encodeError(e, service == null ? null : service.xmlNamespace(), requestId), requestId);
            case RPC_V2_CBOR -> {
                exchange.getResponseHeaders().set("smithy-protocol", "rpc-v2-cbor");
                addQueryErrorHeader(exchange, service, e);
                send(exchange, e.status(), "application/cbor", CborCodec.encodeError(e), requestId);
            }
        }
    }

    /** awsQueryCompatible services also say the query-protocol code, which SDKs prefer over {@code __type}. */
    private static void addQueryErrorHeader(HttpExchange exchange, AwsService service, AwsException e) {
        if (service != null && service.xmlNamespace() != null) {
            exchange.getResponseHeaders().set("x-amzn-query-error",
                    e.code() + ";" + (e.senderFault() ? "Sender" : "Receiver"));
        }
    }

    private static String jsonContentType(Protocol protocol) {
        return protocol == Protocol.AWS_JSON_1_0 ? "application/x-amz-json-1.0" : "application/x-amz-json-1.1";
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body, String requestId)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * The request body, un-gzipped if the client compressed it (the SDKs gzip PutMetricData bodies
     * over 10 KB and say so with {@code Content-Encoding: gzip}).
     */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        byte[] raw;
        try (InputStream in = exchange.getRequestBody()) {
            raw = in.readAllBytes();
        }
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        if (encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity")) {
            return raw;
        }
        if (!encoding.equalsIgnoreCase("gzip")) {
            throw AwsException.client("UnsupportedContentEncoding", "Content-Encoding " + encoding + " is not supported; use gzip or none.");
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw AwsException.client("MalformedContentEncoding", "The request body is not valid gzip.");
        }
    }

    private static void pause(int millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
