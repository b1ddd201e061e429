package dev.berth.sandbox;

import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.applicationautoscaling.ApplicationAutoScalingClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.servicediscovery.ServiceDiscoveryClient;
import software.amazon.awssdk.services.sts.StsClient;

/** Real SDK clients pointed at a sandbox (or at moto), as an application would build them. */
public final class SandboxClients {
    private final URI endpoint;
    private final Region region;
    private final boolean retries;

    public SandboxClients(URI endpoint) {
        this(endpoint, Region.US_EAST_1, true);
    }

    private SandboxClients(URI endpoint, Region region, boolean retries) {
        this.endpoint = endpoint;
        this.region = region;
        this.retries = retries;
    }

    /** The same clients without SDK retries, so a test sees each injected fault. */
    public SandboxClients withoutRetries() {
        return new SandboxClients(endpoint, region, false);
    }

    public SandboxClients inRegion(Region other) {
        return new SandboxClients(endpoint, other, retries);
    }

    public EcsClient ecs() {
        return configure(EcsClient.builder()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    public CloudWatchLogsClient logs() {
        return configure(CloudWatchLogsClient.builder()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    public CloudWatchClient cloudWatch() {
        return configure(CloudWatchClient.builder()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    public ApplicationAutoScalingClient autoScaling() {
        return configure(ApplicationAutoScalingClient.builder()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    public ElasticLoadBalancingV2Client elb() {
        return configure(ElasticLoadBalancingV2Client.builder()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    /**
     * Cloud Map. DiscoverInstances is modelled with a {@code data-} host prefix, which a loopback
     * endpoint cannot take; the client leaves it out, as clients of private endpoints do.
     */
    public ServiceDiscoveryClient discovery() {
        return configure(ServiceDiscoveryClient.builder(),
                o -> o.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    public StsClient sts() {
        return configure(StsClient.builder()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
        return configure(builder, o -> { });
    }

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder, Consumer<ClientOverrideConfiguration.Builder> more) {
        return builder.endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIDSANDBOXTEST", "sandbox-test-secret")))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(retries ? RetryMode.STANDARD : RetryMode.STANDARD)
                        .apiCallTimeout(Duration.ofSeconds(20))
                        .applyMutation(b -> {
                            if (!retries) {
                                b.retryStrategy(s -> s.maxAttempts(1));
                            }
                        })
                        .applyMutation(more)
                        .build());
    }
}
