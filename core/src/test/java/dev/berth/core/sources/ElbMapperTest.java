package dev.berth.core.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetHealth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupTuple;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;

class ElbMapperTest {
    @Test
    void weightedForwardsSplitTrafficAndPlainForwardsTakeAll() {
        Listener split = Listener.builder().defaultActions(Action.builder().type("forward").forwardConfig(f -> f.targetGroups(
                TargetGroupTuple.builder().targetGroupArn("blue").weight(90).build(),
                TargetGroupTuple.builder().targetGroupArn("green").weight(10).build())).build()).build();
        Listener plain = Listener.builder().defaultActions(Action.builder().type("forward").targetGroupArn("web").build()).build();
        Listener drained = Listener.builder().defaultActions(Action.builder().type("forward").forwardConfig(f -> f.targetGroups(
                TargetGroupTuple.builder().targetGroupArn("old").weight(0).build(),
                TargetGroupTuple.builder().targetGroupArn("new").weight(3).build())).build()).build();
        assertThat(ElbMapper.trafficPercents(List.of(split, plain, drained)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("blue", 90, "green", 10, "web", 100, "old", 0, "new", 100));
    }

    @Test
    void targetGroupsAndTargetsBecomeRecords() {
        TargetGroup g = ElbMapper.targetGroup(software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup.builder()
                .targetGroupArn("arn:tg").targetGroupName("prod-web").protocol("HTTP").port(80).targetType("ip")
                .healthCheckProtocol("HTTP").healthCheckPort("traffic-port").healthCheckPath("/healthz")
                .healthCheckIntervalSeconds(10).healthCheckTimeoutSeconds(5).healthyThresholdCount(2).unhealthyThresholdCount(3)
                .matcher(m -> m.httpCode("200-299")).loadBalancerArns("arn:lb").build(), 100, List.of());
        assertThat(g.healthCheck().path()).isEqualTo("/healthz");
        assertThat(g.healthCheck().intervalSeconds()).isEqualTo(10);
        assertThat(g.healthCheck().unhealthyThreshold()).isEqualTo(3);
        assertThat(g.healthCheck().matcher()).isEqualTo("200-299");
        assertThat(g.trafficPercent()).isEqualTo(100);
        TargetHealth t = ElbMapper.target(TargetHealthDescription.builder().target(x -> x.id("10.0.1.2").port(80))
                .targetHealth(h -> h.state("unhealthy").reason("Target.Timeout").description("Request timed out")).build());
        assertThat(t.unhealthy()).isTrue();
        assertThat(t.reason()).isEqualTo("Target.Timeout");
        assertThat(t.taskId()).isNull();
        assertThat(g.withTargets(List.of(t)).unhealthyTargets()).containsExactly(t);
    }
}
