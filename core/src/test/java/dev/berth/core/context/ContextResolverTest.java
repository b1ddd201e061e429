package dev.berth.core.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.BerthException;
import dev.berth.core.watch.Problem;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextResolverTest {
    @TempDir
    Path home;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void awsFiles() throws Exception {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), """
                [default]
                region = eu-west-1

                [profile dev]
                region = us-east-2
                endpoint_url = http://localhost:4566

                [profile prod]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = Operator
                region = eu-central-1

                [profile tools]
                credential_process = /usr/local/bin/creds

                [profile empty]
                output = json

                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = eu-central-1
                """);
        Files.writeString(home.resolve(".aws/credentials"), """
                [default]
                aws_access_key_id = AKIDEXAMPLE
                aws_secret_access_key = not-a-real-secret

                [dev]
                aws_access_key_id = AKIDDEV
                aws_secret_access_key = not-a-real-secret-either
                """);
    }

    private ResolvedContext resolve(String profile, String region, URI endpoint) {
        return new ContextResolver(env, home).resolve(new ConnectOptions(profile, region, endpoint, false, false));
    }

    private BerthException failure(String profile, String region) {
        try {
            resolve(profile, region, null);
        } catch (BerthException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    @Test
    void theDefaultProfileAndItsRegion() {
        ResolvedContext c = resolve(null, null, null);
        assertThat(c.profile()).isNull();
        assertThat(c.region()).isEqualTo("eu-west-1");
        assertThat(c.name()).isEqualTo("default@eu-west-1");
        assertThat(c.endpoint()).isNull();
    }

    @Test
    void precedenceIsFlagThenEnvironmentThenProfile() {
        env.put("AWS_PROFILE", "dev");
        assertThat(resolve(null, null, null).region()).isEqualTo("us-east-2");
        env.put("AWS_DEFAULT_REGION", "ap-south-1");
        assertThat(resolve(null, null, null).region()).isEqualTo("ap-south-1");
        env.put("AWS_REGION", "sa-east-1");
        assertThat(resolve(null, null, null).region()).isEqualTo("sa-east-1");
        assertThat(resolve("prod", "us-west-2", null).region()).isEqualTo("us-west-2");
        assertThat(resolve("prod", null, null).profile()).isEqualTo("prod");
        assertThat(resolve("prod", null, null).explicit()).isTrue();
        assertThat(resolve(null, null, null).explicit()).as("AWS_PROFILE is not --profile").isFalse();
    }

    @Test
    void endpointsComeFromTheFlagTheEnvironmentOrTheProfile() {
        assertThat(resolve("dev", null, null).endpoint()).isEqualTo(URI.create("http://localhost:4566"));
        env.put("AWS_ENDPOINT_URL", "http://127.0.0.1:9000");
        assertThat(resolve("dev", null, null).endpoint()).isEqualTo(URI.create("http://127.0.0.1:9000"));
        assertThat(resolve("dev", null, URI.create("https://ecs.local")).endpoint()).isEqualTo(URI.create("https://ecs.local"));
        assertThatThrownBy(() -> resolve("dev", null, URI.create("ftp://x"))).hasMessageContaining("invalid endpoint");
    }

    @Test
    void ssoProfilesAreRecognisedAndTheirRenewalAdviceNamesTheProfile() {
        ResolvedContext c = resolve("prod", null, null);
        assertThat(c.sso()).isTrue();
        assertThat(c.renewAdvice()).isEqualTo("run aws sso login --profile prod");
    }

    @Test
    void anUnknownProfileNamesTheOnesThatExist() {
        BerthException e = failure("prd", null);
        assertThat(e.getMessage()).startsWith("unknown profile 'prd' (profiles: default, dev, empty, prod, tools)");
        assertThat(e.kind()).isEqualTo(Problem.Kind.INVALID);
    }

    @Test
    void aProfileWithoutAnyCredentialsSuggestsTheDemo() {
        BerthException e = failure("empty", "us-east-1");
        assertThat(e.kind()).isEqualTo(Problem.Kind.NO_CREDENTIALS);
        assertThat(e.getMessage()).contains("profile 'empty' has no credentials").contains("berth --demo");
        assertThat(resolve("tools", "us-east-1", null).profile()).as("credential_process counts").isEqualTo("tools");
    }

    @Test
    void regionsAreChecked() {
        assertThat(failure(null, "eu-wst-1").getMessage()).isEqualTo("unknown region 'eu-wst-1' (did you mean eu-west-1?)");
        assertThat(failure(null, "Frankfurt").getMessage()).contains("invalid region 'Frankfurt'");
        assertThat(resolve("dev", "xx-test-1", URI.create("http://localhost:1")).region())
                .as("custom endpoints may use any well-formed region").isEqualTo("xx-test-1");
    }

    @Test
    void noRegionAnywhereSaysWhereToPutOne() throws Exception {
        Files.writeString(home.resolve(".aws/config"), "[default]\noutput = json\n");
        assertThat(failure(null, null).getMessage()).startsWith("no region: pass --region, set AWS_REGION");
    }

    @Test
    void aMachineWithoutAnyAwsSetUpSaysSoAndOffersTheDemo() throws Exception {
        Files.delete(home.resolve(".aws/config"));
        Files.delete(home.resolve(".aws/credentials"));
        BerthException e = failure(null, null);
        assertThat(e.kind()).isEqualTo(Problem.Kind.NO_CREDENTIALS);
        assertThat(e.getMessage()).startsWith("no AWS credentials found (no " + home.resolve(".aws/config"))
                .endsWith("or try berth --demo").doesNotContain("\n");
        env.put("AWS_REGION", "eu-west-1");
        assertThat(resolve(null, null, null).region()).as("with a region, an instance or container role may still answer")
                .isEqualTo("eu-west-1");
        env.remove("AWS_REGION");
        env.put("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
        assertThat(failure(null, null).getMessage()).as("keys without a region: the region is what is missing")
                .startsWith("no region");
    }

    @Test
    void sandboxNeedsNoProfileAndDefaultsTheRegion() throws Exception {
        Files.delete(home.resolve(".aws/config"));
        Files.delete(home.resolve(".aws/credentials"));
        ResolvedContext c = new ContextResolver(env, home).resolve(ConnectOptions.sandbox(URI.create("http://127.0.0.1:4566"), null));
        assertThat(c.sandbox()).isTrue();
        assertThat(c.region()).isEqualTo("us-east-1");
    }

    @Test
    void listsEveryProfileWithItsRegionForAContextSwitcher() {
        assertThat(new ContextResolver(env, home).profiles()).containsExactly(new AwsProfile("default", "eu-west-1"),
                new AwsProfile("dev", "us-east-2"), new AwsProfile("empty", null), new AwsProfile("prod", "eu-central-1"),
                new AwsProfile("tools", null));
    }

    @Test
    void listsTheRegionsTheSdkKnowsSorted() {
        assertThat(ContextResolver.regions()).contains("us-east-1", "eu-west-1", "ap-southeast-2").isSorted()
                .allMatch(r -> r.matches("[a-z]{2}(-[a-z]+)+-\\d{1,2}"));
    }
}
