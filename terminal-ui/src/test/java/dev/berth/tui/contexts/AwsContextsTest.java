package dev.berth.tui.contexts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.BerthException;
import dev.berth.core.context.ConnectOptions;
import dev.berth.core.context.ContextResolver;
import dev.berth.core.model.ContextInfo;
import dev.berth.tui.support.FakeSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which connect options a switch asks the factory for, from the context the UI is on. */
class AwsContextsTest {
    @TempDir
    Path home;
    private final List<ConnectOptions> asked = new ArrayList<>();
    private AwsContexts contexts;

    @BeforeEach
    void profiles() throws Exception {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), """
                [default]
                region = us-east-1
                [profile ops]
                region = eu-west-1
                [profile tools]
                output = json
                """);
        contexts = new AwsContexts(() -> options -> {
            asked.add(options);
            return new FakeSession(Clock.systemUTC(), false);
        }, new ContextResolver(Map.of(), home));
    }

    private static ContextInfo on(String profile, String region, String endpoint, boolean sandbox) {
        return new ContextInfo(profile, region, "123456789012", endpoint, sandbox, true, false);
    }

    @Test
    void listsTheProfilesOfTheAwsFiles() {
        assertThat(contexts.profiles()).extracting(p -> p.name() + "@" + p.region())
                .containsExactly("default@us-east-1", "ops@eu-west-1", "tools@null");
        assertThat(contexts.regions()).contains("eu-west-1", "us-east-1");
    }

    @Test
    void anotherRegionKeepsTheProfileTheEndpointAndReadOnly() {
        contexts.open(on("ops", "eu-west-1", "http://localhost:4566", false), null, "eu-central-1");
        assertThat(asked).singleElement().isEqualTo(new ConnectOptions("ops", "eu-central-1",
                java.net.URI.create("http://localhost:4566"), true, false));
    }

    @Test
    void anotherProfileBringsItsOwnRegionOrKeepsTheCurrentOne() {
        contexts.open(on("default", "us-east-1", null, false), "ops", null);
        contexts.open(on("default", "ap-south-1", null, false), "tools", null);
        assertThat(asked).extracting(o -> o.profile() + "@" + o.region() + " " + o.endpoint())
                .containsExactly("ops@eu-west-1 null", "tools@ap-south-1 null");
    }

    @Test
    void aSandboxSwitchesRegionOnItsEndpointButHasNoProfiles() {
        contexts.open(on(null, "us-east-1", "http://127.0.0.1:4566", true), null, "eu-west-1");
        assertThat(asked).singleElement().satisfies(o -> {
            assertThat(o.sandbox()).isTrue();
            assertThat(o.region()).isEqualTo("eu-west-1");
            assertThat(o.endpoint()).hasToString("http://127.0.0.1:4566");
            assertThat(o.readOnly()).isTrue();
        });
        assertThatThrownBy(() -> contexts.open(on(null, "us-east-1", "http://127.0.0.1:4566", true), "ops", null))
                .isInstanceOf(BerthException.class).hasMessageContaining("no profiles");
    }
}
