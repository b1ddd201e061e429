package dev.berth.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

class FrontDoorIT {
    private static Sandbox sandbox;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("empty"));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void calm() {
        sandbox.knobs().setThrottleRate(0);
        sandbox.knobs().setServerErrorRate(0);
        sandbox.knobs().setResetRate(0);
    }

    @Test
    void stsAnswersTheSandboxAccount() {
        try (StsClient sts = new SandboxClients(sandbox.endpoint()).sts()) {
            var id = sts.getCallerIdentity();
            assertThat(id.account()).isEqualTo("123456789012");
            assertThat(id.arn()).startsWith("arn:aws:iam::123456789012:");
        }
    }

    @Test
    void unknownJsonTargetIsAnAwsErrorNotAServerFailure() throws Exception {
        HttpResponse<String> r = post("/", "application/x-amz-json-1.1", "NoSuchService_2020.DoThing", "{}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"__type\":\"UnknownOperationException\"").doesNotContain("at dev.berth");
    }

    @Test
    void unknownQueryActionIsInvalidAction() throws Exception {
        HttpResponse<String> r = post("/", "application/x-www-form-urlencoded", null, "Action=LaunchRockets&Version=2011-06-15");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("<Code>InvalidAction</Code>");
    }

    @Test
    void requestsWithNoOperationAtAllAreRefusedPolitely() throws Exception {
        HttpResponse<String> r = post("/", "text/plain", null, "hello");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("UnknownOperationException");
    }

    @Test
    void injectedThrottlingReachesTheSdkAsThrottling() {
        sandbox.knobs().setThrottleRate(1.0);
        try (StsClient sts = new SandboxClients(sandbox.endpoint()).withoutRetries().sts()) {
            assertThatThrownBy(sts::getCallerIdentity)
                    .isInstanceOfSatisfying(StsException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("Throttling");
                        assertThat(e.isThrottlingException()).isTrue();
                    });
        }
    }

    @Test
    void injectedServerErrorsAre503() {
        sandbox.knobs().setServerErrorRate(1.0);
        try (StsClient sts = new SandboxClients(sandbox.endpoint()).withoutRetries().sts()) {
            assertThatThrownBy(sts::getCallerIdentity)
                    .isInstanceOfSatisfying(StsException.class, e -> assertThat(e.statusCode()).isEqualTo(503));
        }
    }

    @Test
    void injectedResetsLookLikeDroppedConnections() {
        sandbox.knobs().setResetRate(1.0);
        try (StsClient sts = new SandboxClients(sandbox.endpoint()).withoutRetries().sts()) {
            assertThatThrownBy(sts::getCallerIdentity).isInstanceOf(SdkClientException.class);
        }
    }

    @Test
    void requestCounterSeesEveryCall() throws Exception {
        HTTP.send(HttpRequest.newBuilder(sandbox.endpoint().resolve("/_sandbox/requests")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        try (StsClient sts = new SandboxClients(sandbox.endpoint()).sts()) {
            sts.getCallerIdentity();
            sts.getCallerIdentity();
        }
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(sandbox.endpoint().resolve("/_sandbox/requests")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.body()).contains("\"sts:GetCallerIdentity\":2");
    }

    @Test
    void knobsChangeOverHttpAndRejectNonsense() throws Exception {
        HttpResponse<String> ok = post("/_sandbox/knobs", "application/json", null, "{\"latencyMillis\":5}");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(sandbox.knobs().latencyMillis()).isEqualTo(5);
        HttpResponse<String> bad = post("/_sandbox/knobs", "application/json", null, "{\"throttleRate\":7}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("between 0 and 1");
        sandbox.knobs().setLatencyMillis(0);
    }

    private static HttpResponse<String> post(String path, String contentType, String target, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.endpoint() + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (target != null) {
            b.header("X-Amz-Target", target);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
