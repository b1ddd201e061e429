package dev.berth.tui.contexts;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.berth.core.BerthException;
import dev.berth.core.Session;
import dev.berth.core.context.AwsProfile;
import dev.berth.core.model.ContextInfo;
import dev.berth.core.watch.Problem;
import dev.berth.core.watch.Snapshot;
import dev.berth.tui.nav.Place;
import dev.berth.tui.support.FakeSession;
import dev.berth.tui.support.Fixtures;
import dev.berth.tui.support.TuiHarness;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code :ctx} and {@code :region} switch the whole UI to another session, or list where they can go. */
class ContextSwitchScreenTest {
    private final Clock clock = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private final FakeSession start = FakeSession.demo(clock);
    private final List<String> opened = new ArrayList<>();
    private final List<FakeSession> sessions = new ArrayList<>();

    /** Profiles default and ops; opening eu-west-1 gives an account with one cluster, anything else is unknown. */
    private final Contexts contexts = new Contexts() {
        @Override
        public List<AwsProfile> profiles() {
            return List.of(new AwsProfile("default", "us-east-1"), new AwsProfile("ops", "eu-west-1"));
        }

        @Override
        public List<String> regions() {
            return List.of("eu-west-1", "us-east-1", "us-west-2");
        }

        @Override
        public Session open(ContextInfo from, String profile, String region) {
            opened.add(profile + "@" + region);
            String to = region != null ? region : "eu-west-1";
            if (!regions().contains(to)) {
                throw new BerthException(Problem.Kind.INVALID, "unknown region '" + to + "'", null);
            }
            FakeSession s = new FakeSession(clock, new ContextInfo(profile != null ? profile : from.profile(), to, Fixtures.ACCOUNT,
                    from.endpoint(), from.sandbox(), from.readOnly(), false));
            s.clusters.onNext(Snapshot.of(List.of(Fixtures.cluster(to + "-apps", 1, 2)), clock.instant()));
            sessions.add(s);
            return s;
        }
    };

    @Test
    void regionSwitchesTheWholeUiLiveAndClosesWhatItOpened() {
        try (TuiHarness tui = TuiHarness.start(start, contexts, 80, 24, Place.clusters(), Place.services("demo"))) {
            tui.type(":region eu-west-1").press(KeyType.Enter);
            assertThat(opened).containsExactly("null@eu-west-1");
            assertThat(tui.line(0)).contains("eu-west-1");
            assertThat(tui.line(1)).isEqualTo(" clusters");
            assertThat(tui.text()).contains("eu-west-1-apps").doesNotContain("batch").contains("now on default@eu-west-1");
            tui.type(":region us-west-2").press(KeyType.Enter);
            assertThat(tui.text()).contains("us-west-2-apps");
            assertThat(sessions.get(0).closed).as("the session it opened before").isTrue();
            assertThat(start.closed).as("the caller's session is the caller's to close").isFalse();
        }
        assertThat(sessions.get(1).closed).isTrue();
    }

    @Test
    void withoutANameTheyListWhereToGoAndEnterSwitches() {
        FakeSession onAws = new FakeSession(clock, new ContextInfo("default", "us-east-1", Fixtures.ACCOUNT, null, false, false, false));
        onAws.clusters.onNext(start.clusters.getValue());
        try (TuiHarness tui = TuiHarness.start(onAws, contexts, 80, 24, Place.clusters())) {
            tui.type(":region").press(KeyType.Enter);
            assertThat(tui.text()).contains("regions [3]").containsPattern("●\\s+us-east-1");
            tui.press(KeyType.Home).press(KeyType.Enter);
            assertThat(opened).containsExactly("null@eu-west-1");
            assertThat(tui.text()).contains("eu-west-1-apps");
            tui.type(":ctx").press(KeyType.Enter);
            assertThat(tui.text()).contains("contexts [2]").containsPattern("●\\s+default\\s+us-east-1")
                    .containsPattern("ops\\s+eu-west-1");
            tui.press(KeyType.ArrowDown).press(KeyType.Enter);
            assertThat(opened).as("a profile brings its own region").last().isEqualTo("ops@eu-west-1");
        }
    }

    @Test
    void theRegionListOpensOnTheCurrentRegion() {
        FakeSession onAws = new FakeSession(clock, new ContextInfo("default", "us-east-1", Fixtures.ACCOUNT, null, false, false, false));
        onAws.clusters.onNext(start.clusters.getValue());
        try (TuiHarness tui = TuiHarness.start(onAws, contexts, 80, 24, Place.clusters())) {
            tui.type(":region").press(KeyType.Enter);
            tui.press(KeyType.ArrowDown).press(KeyType.Enter);
            assertThat(opened).as("one below us-east-1, where the cursor started").containsExactly("null@us-west-2");
        }
    }

    @Test
    void aSandboxHasNoProfilesToList() {
        try (TuiHarness tui = TuiHarness.start(start, contexts, 80, 24, Place.clusters())) {
            tui.type(":ctx").press(KeyType.Enter);
            assertThat(tui.text()).contains("a sandbox has one account and no profiles; :region switches its region");
            assertThat(opened).isEmpty();
        }
    }

    @Test
    void aFailedSwitchIsOneLineAndTheScreensStay() {
        try (TuiHarness tui = TuiHarness.start(start, contexts, 80, 24, Place.clusters())) {
            tui.type(":region mars-north-1").press(KeyType.Enter);
            assertThat(tui.text()).contains("cannot switch to region mars-north-1: unknown region 'mars-north-1'")
                    .contains("demo").contains("batch");
            assertThat(tui.line(0)).contains("us-east-1");
        }
    }

    @Test
    void aRunThatCannotSwitchSaysHowToRestart() {
        try (TuiHarness tui = TuiHarness.start(start, 80, 24, Place.clusters())) {
            tui.type(":ctx prod").press(KeyType.Enter);
            assertThat(tui.text()).contains("this run cannot switch: restart with berth --profile NAME --region REGION");
        }
    }
}
