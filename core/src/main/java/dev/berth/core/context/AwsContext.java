package dev.berth.core.context;

import dev.berth.core.BerthException;
import dev.berth.core.limit.ApiCategory;
import dev.berth.core.limit.ApiLimiter;
import dev.berth.core.watch.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.applicationautoscaling.ApplicationAutoScalingClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsAsyncClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.servicediscovery.ServiceDiscoveryClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * One AWS context at run time: its SDK clients (one per service, built on first use, on the light
 * url-connection HTTP client with timeouts and the SDK's retries), its credentials, and the shared
 * {@link ApiLimiter}. Every call goes through {@link #call}, which waits for the limiter, reports
 * throttling to it, and turns failures into one-line {@link BerthException}s.
 */
public final class AwsContext implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AwsContext.class);
    private static final int MAX_ATTEMPTS = 3;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);

    private final ResolvedContext resolved;
    private final ApiLimiter limiter;
    private final Clock clock;
    private final AwsCredentialsProvider credentials;
    private final Lazy<SdkHttpClient> http;
    private final Lazy<EcsClient> ecs;
    private final Lazy<CloudWatchLogsClient> logs;
    private final Lazy<CloudWatchLogsAsyncClient> logsAsync;
    private final Lazy<CloudWatchClient> cloudWatch;
    private final Lazy<ApplicationAutoScalingClient> autoScaling;
    private final Lazy<StsClient> sts;
    private final Lazy<ElasticLoadBalancingV2Client> elb;
    private final Lazy<ServiceDiscoveryClient> discovery;
    private final AtomicReference<Problem> lastProblem = new AtomicReference<>();
    /** The operation running on this thread, so the retry hook knows what was throttled. */
    private final ThreadLocal<CallSite> current = new ThreadLocal<>();

    private record CallSite(ApiCategory category, String operation, boolean[] throttleReported) {
    }

    public AwsContext(ResolvedContext resolved, ApiLimiter limiter, Clock clock) {
        this(resolved, limiter, clock, null);
    }

    /** With a given ECS client instead of one built here (tests and benchmarks bring fakes or instrumented ones). */
    public AwsContext(ResolvedContext resolved, ApiLimiter limiter, Clock clock, EcsClient ecsClient) {
        this.resolved = resolved;
        this.limiter = limiter;
        this.clock = clock;
        this.credentials = credentialsFor(resolved);
        this.http = new Lazy<>(() -> httpClient(resolved.endpoint()));
        this.ecs = new Lazy<>(() -> ecsClient != null ? ecsClient : sync(EcsClient.builder()));
        this.logs = new Lazy<>(() -> sync(CloudWatchLogsClient.builder()));
        this.cloudWatch = new Lazy<>(() -> sync(CloudWatchClient.builder()));
        this.autoScaling = new Lazy<>(() -> sync(ApplicationAutoScalingClient.builder()));
        this.sts = new Lazy<>(() -> sync(StsClient.builder()));
        this.elb = new Lazy<>(() -> sync(ElasticLoadBalancingV2Client.builder()));
        // Cloud Map's DiscoverInstances has a "data-" host prefix; Berth does not call it, but a custom
        // endpoint (a sandbox, a VPC endpoint) must not have its host rewritten for any call.
        this.discovery = new Lazy<>(() -> configure(ServiceDiscoveryClient.builder(), true,
                o -> o.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, resolved.endpoint() != null))
                .httpClient(http.get()).build());
        // Live tail is an event stream: it needs an async client, built only when a tail asks for it.
        this.logsAsync = new Lazy<>(() -> configure(CloudWatchLogsAsyncClient.builder(), false)
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT))
                .build());
    }

    private static SdkHttpClient httpClient(URI endpoint) {
        if (endpoint != null && "http".equalsIgnoreCase(endpoint.getScheme())) {
            // A plain-HTTP endpoint (a sandbox, a local emulator) needs no TLS, but the builder sets it
            // up anyway: loading the trust store and the TLS provider is a fifth of a second at start.
            return UrlConnectionHttpClient.create(uri -> {
                try {
                    HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
                    c.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
                    c.setReadTimeout((int) SOCKET_TIMEOUT.toMillis());
                    return c;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(CONNECT_TIMEOUT)
                .socketTimeout(SOCKET_TIMEOUT)
                .build();
    }

    private static AwsCredentialsProvider credentialsFor(ResolvedContext r) {
        if (r.sandbox()) {
            // Throwaway keys: the sandbox accepts anything, and real keys must never go to it.
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDBERTHSANDBOX", "throwaway-sandbox-secret"));
        }
        if (r.explicit()) {
            return ProfileCredentialsProvider.builder().profileFile(r.profileFile()).profileName(r.profile()).build();
        }
        DefaultCredentialsProvider.Builder b = DefaultCredentialsProvider.builder().profileFile(r.profileFile());
        if (r.profile() != null) {
            b.profileName(r.profile());
        }
        return b.build();
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C sync(B builder) {
        return configure(builder, true).httpClient(http.get()).build();
    }

    private <B extends AwsClientBuilder<B, C>, C> B configure(B builder, boolean timeouts) {
        return configure(builder, timeouts, o -> { });
    }

    private <B extends AwsClientBuilder<B, C>, C> B configure(B builder, boolean timeouts,
                                                              Consumer<ClientOverrideConfiguration.Builder> more) {
        builder.region(Region.of(resolved.region())).credentialsProvider(credentials);
        if (resolved.endpoint() != null) {
            builder.endpointOverride(resolved.endpoint());
        }
        ClientOverrideConfiguration.Builder o = ClientOverrideConfiguration.builder()
                .defaultProfileFile(resolved.profileFile())
                .retryStrategy(new ThrottleAwareRetryStrategy(
                        AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(MAX_ATTEMPTS).build(),
                        this::throttledAttempt));
        if (resolved.profile() != null) {
            o.defaultProfileName(resolved.profile());
        }
        if (timeouts) {
            o.apiCallAttemptTimeout(Duration.ofSeconds(15)).apiCallTimeout(Duration.ofSeconds(40));
        }
        more.accept(o);
        return builder.overrideConfiguration(o.build());
    }

    private void throttledAttempt(Throwable failure) {
        CallSite site = current.get();
        if (site != null) {
            site.throttleReported[0] = true;
            limiter.throttled(site.category, site.operation);
            LOG.debug("{} throttled; backing off to {}/s", site.operation, limiter.rate(site.category, site.operation));
        }
    }

    /**
     * Runs one SDK call (with the SDK's own retries) once the limiter allows it. {@code operation}
     * names it as IAM does, e.g. {@code ecs:DescribeServices}; failures come back as one-line
     * {@link BerthException}s.
     */
    public <T> T call(ApiCategory category, String operation, Supplier<T> call) {
        try {
            limiter.acquire(category, operation);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BerthException(Problem.Kind.OTHER, operation + " was cancelled", e);
        }
        CallSite site = new CallSite(category, operation, new boolean[1]);
        CallSite outer = current.get();
        current.set(site);
        try {
            T result = call.get();
            lastProblem.set(null);
            return result;
        } catch (RuntimeException e) {
            if (AwsErrors.throttling(e) && !site.throttleReported[0]) {
                limiter.throttled(category, operation);
            }
            BerthException translated = AwsErrors.translate(e, operation, resolved);
            lastProblem.set(new Problem(translated.kind(), translated.getMessage(), clock.instant()));
            LOG.debug("{} failed: {}", operation, translated.getMessage(), e);
            throw translated;
        } finally {
            current.set(outer);
        }
    }

    /** The problem of the last call that failed, cleared by the next that succeeds. */
    public Problem lastProblem() {
        return lastProblem.get();
    }

    public ResolvedContext resolved() {
        return resolved;
    }

    public ApiLimiter limiter() {
        return limiter;
    }

    public EcsClient ecs() {
        return ecs.get();
    }

    public CloudWatchLogsClient logs() {
        return logs.get();
    }

    public CloudWatchLogsAsyncClient logsAsync() {
        return logsAsync.get();
    }

    public CloudWatchClient cloudWatch() {
        return cloudWatch.get();
    }

    public ApplicationAutoScalingClient autoScaling() {
        return autoScaling.get();
    }

    public StsClient sts() {
        return sts.get();
    }

    public ElasticLoadBalancingV2Client elb() {
        return elb.get();
    }

    public ServiceDiscoveryClient discovery() {
        return discovery.get();
    }

    @Override
    public void close() {
        for (Lazy<? extends SdkAutoCloseable> client : java.util.List.of(ecs, logs, logsAsync, cloudWatch, autoScaling, sts, elb,
                discovery)) {
            SdkAutoCloseable c = client.peek();
            if (c != null) {
                c.close();
            }
        }
        SdkHttpClient h = http.peek();
        if (h != null) {
            h.close();
        }
    }
}
