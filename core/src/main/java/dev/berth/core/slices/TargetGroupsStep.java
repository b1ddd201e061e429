package dev.berth.core.slices;

import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.sources.ElbSource;
import dev.berth.core.watch.PollStep;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One poll of some target groups: every target's health each time (one DescribeTargetHealth per
 * group), while the groups themselves, their load balancers and listener weights, which seldom
 * change, are described again only every {@code describeEvery}.
 */
final class TargetGroupsStep implements PollStep<Balancers> {
    private final ElbSource elb;
    private final List<String> arns;
    private final Duration describeEvery;
    private final Clock clock;
    private List<TargetGroup> groups;
    private List<LoadBalancer> loadBalancers;
    private Instant describedAt;

    TargetGroupsStep(ElbSource elb, List<String> arns, Duration describeEvery, Clock clock) {
        this.elb = elb;
        this.arns = List.copyOf(arns);
        this.describeEvery = describeEvery;
        this.clock = clock;
    }

    @Override
    public Balancers poll(Balancers previous, Consumer<Balancers> partial) {
        Instant now = clock.instant();
        if (groups == null || !now.isBefore(describedAt.plus(describeEvery))) {
            groups = elb.targetGroups(arns);
            loadBalancers = elb.loadBalancers(groups.stream().flatMap(g -> g.loadBalancerArns().stream()).distinct().toList());
            describedAt = now;
        }
        List<TargetGroup> withHealth = new ArrayList<>(groups.size());
        for (TargetGroup g : groups) {
            withHealth.add(g.withTargets(elb.targetHealth(g.arn())));
        }
        return new Balancers(withHealth, loadBalancers);
    }
}
