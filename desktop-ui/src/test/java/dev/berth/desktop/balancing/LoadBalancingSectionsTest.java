package dev.berth.desktop.balancing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.model.HealthCheckSettings;
import dev.berth.core.model.LoadBalancing;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetHealth;
import dev.berth.desktop.detail.Section;
import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.testing.SectionRows;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadBalancingSectionsTest {
    private static TargetGroup group(List<TargetHealth> targets) {
        return new TargetGroup("arn:tg/blue", "blue", "HTTP", 8080, "ip", List.of(),
                new HealthCheckSettings("HTTP", "8081", "/ready", 15, 6, 3, 2, "200-299"), null, targets);
    }

    @Test
    void aServiceWithoutTargetGroupsSaysSo() {
        List<Section> s = LoadBalancingSections.of(new LoadBalancing("prod", "worker", null, List.of(), List.of()));
        assertThat(s).singleElement().satisfies(x -> assertThat(x.note()).startsWith("Not behind a load balancer"));
    }

    @Test
    void drainingTargetsAreAmberAndAGroupNoListenerForwardsToSaysSo() {
        TargetHealth draining = new TargetHealth("10.0.0.9", 8080, "us-east-1a", "draining", "Target.DeregistrationInProgress",
                "Target deregistration is in progress", "t1");
        TargetHealth healthy = new TargetHealth("10.0.0.8", 8080, "us-east-1b", "healthy", null, null, "t2");
        Section g = LoadBalancingSections.of(new LoadBalancing("prod", "web", 0, List.of(group(List.of(draining, healthy))),
                List.of())).get(1);
        assertThat(g.tone()).isEqualTo(Tone.WARN);
        assertThat(g.title()).endsWith("1 of 2 healthy");
        assertThat(SectionRows.field(g, "Traffic")).isEqualTo("no listener forwards to it");
        assertThat(SectionRows.field(g, "Health check")).isEqualTo("HTTP /ready on port 8081 every 15 s, timeout 6 s, success codes 200-299");
        assertThat(SectionRows.rows(g).get(0).tone("State")).isEqualTo(Tone.WARN);
        assertThat(SectionRows.rows(g).get(0).task()).isEqualTo("t1");
        assertThat(SectionRows.field(LoadBalancingSections.of(new LoadBalancing("prod", "web", 0,
                List.of(group(List.of(healthy))), List.of())).get(0), "Health check grace")).startsWith("none");
    }

    @Test
    void aTaskSeesOnlyItsOwnTargets() {
        TargetHealth mine = new TargetHealth("10.0.0.9", 8080, "us-east-1a", "unhealthy", "Target.Timeout", "Request timed out", "t1");
        TargetHealth other = new TargetHealth("10.0.0.8", 8080, "us-east-1b", "healthy", null, null, "t2");
        LoadBalancing lb = new LoadBalancing("prod", "web", 30, List.of(group(List.of(mine, other))), List.of());
        assertThat(SectionRows.rows(LoadBalancingSections.ofTask(lb, "t1"))).singleElement()
                .satisfies(r -> assertThat(r.get("Reason")).isEqualTo("Target.Timeout"));
        assertThat(LoadBalancingSections.ofTask(lb, "t9")).isNull();
    }
}
