package dev.berth.core.slices;

import dev.berth.core.model.DiscoveryRegistry;
import dev.berth.core.sources.DiscoverySource;
import dev.berth.core.watch.PollStep;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One poll of some Cloud Map registries: their instances and health each time, while the
 * registries themselves (name, namespace, records, TTL), which seldom change, are read again only
 * every {@code describeEvery}.
 */
final class RegistriesStep implements PollStep<List<DiscoveryRegistry>> {
    private final DiscoverySource discovery;
    private final List<String> arns;
    private final Duration describeEvery;
    private final Clock clock;
    private List<DiscoveryRegistry> registries;
    private Instant describedAt;

    RegistriesStep(DiscoverySource discovery, List<String> arns, Duration describeEvery, Clock clock) {
        this.discovery = discovery;
        this.arns = List.copyOf(arns);
        this.describeEvery = describeEvery;
        this.clock = clock;
    }

    @Override
    public List<DiscoveryRegistry> poll(List<DiscoveryRegistry> previous, Consumer<List<DiscoveryRegistry>> partial) {
        Instant now = clock.instant();
        if (registries == null || !now.isBefore(describedAt.plus(describeEvery))) {
            registries = discovery.registries(arns);
            describedAt = now;
        }
        List<DiscoveryRegistry> out = new ArrayList<>(registries.size());
        for (DiscoveryRegistry r : registries) {
            out.add(r.withInstances(discovery.instances(r.id())));
        }
        return out;
    }
}
