package dev.berth.core.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.BerthException;
import dev.berth.core.watch.Problem;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.services.ecs.model.EcsException;

class AwsErrorsTest {
    private static final ResolvedContext PROD = new ResolvedContext("prod", true, true, "eu-west-1", null, false, false,
            ProfileFile.aggregator().build());
    private static final ResolvedContext LOCAL = new ResolvedContext(null, false, false, "us-east-1",
            URI.create("http://127.0.0.1:4566"), false, false, ProfileFile.aggregator().build());

    private static EcsException aws(String code, int status, String message) {
        return (EcsException) EcsException.builder().statusCode(status).message(message)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).serviceName("ECS").build())
                .build();
    }

    private static BerthException translate(Throwable t, ResolvedContext c) {
        BerthException e = AwsErrors.translate(t, "ecs:DescribeServices", c);
        assertThat(e.getMessage()).doesNotContain("\n");
        return e;
    }

    @Test
    void accessDeniedNamesTheActionAndTheProfile() {
        BerthException e = translate(aws("AccessDeniedException", 400,
                "User: arn:aws:sts::1:assumed-role/ro/x is not authorized to perform: ecs:DescribeServices"), PROD);
        assertThat(e.kind()).isEqualTo(Problem.Kind.ACCESS_DENIED);
        assertThat(e.getMessage()).isEqualTo("access denied: profile prod may not call ecs:DescribeServices");
    }

    @Test
    void expiredCredentialsSayHowToRenewThem() {
        BerthException e = translate(aws("ExpiredTokenException", 400, "The security token included in the request is expired"), PROD);
        assertThat(e.kind()).isEqualTo(Problem.Kind.EXPIRED_CREDENTIALS);
        assertThat(e.getMessage()).endsWith("run aws sso login --profile prod");
        BerthException sso = translate(SdkClientException.create("Unable to load credentials", SdkClientException.create(
                "The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.")), PROD);
        assertThat(sso.kind()).isEqualTo(Problem.Kind.EXPIRED_CREDENTIALS);
        assertThat(sso.getMessage()).isEqualTo("the SSO session of profile prod has expired: run aws sso login --profile prod");
    }

    @Test
    void missingCredentialsSuggestTheDemo() {
        BerthException e = translate(SdkClientException.create("Unable to load credentials from any of the providers in the chain"), LOCAL);
        assertThat(e.kind()).isEqualTo(Problem.Kind.NO_CREDENTIALS);
        assertThat(e.getMessage()).contains("no AWS credentials found for profile default").contains("berth --demo");
    }

    @Test
    void unreachableEndpointsSayWhichAndWhy() {
        BerthException refused = translate(SdkClientException.create("Unable to execute HTTP request",
                new ConnectException("Connection refused")), LOCAL);
        assertThat(refused.kind()).isEqualTo(Problem.Kind.UNREACHABLE);
        assertThat(refused.getMessage()).isEqualTo("cannot reach http://127.0.0.1:4566 (connection refused)");
        BerthException dns = translate(SdkClientException.create("x", new UnknownHostException("ecs.eu-west-1.amazonaws.com")), PROD);
        assertThat(dns.getMessage()).isEqualTo("cannot reach AWS in eu-west-1 (unknown host ecs.eu-west-1.amazonaws.com)");
    }

    @Test
    void throttlingNotFoundAndServerErrors() {
        assertThat(translate(aws("ThrottlingException", 400, "Rate exceeded"), PROD).kind()).isEqualTo(Problem.Kind.THROTTLED);
        BerthException missing = translate(aws("ClusterNotFoundException", 400, "Cluster not found."), PROD);
        assertThat(missing.kind()).isEqualTo(Problem.Kind.NOT_FOUND);
        assertThat(missing.getMessage()).isEqualTo("Cluster not found.");
        assertThat(translate(aws("ServerException", 500, "oops"), PROD).getMessage())
                .isEqualTo("ecs:DescribeServices: AWS answered 500 ServerException (oops)");
        assertThat(AwsErrors.unsupported(aws("UnknownOperationException", 400, "Unknown operation StartLiveTail"))).isTrue();
    }
}
