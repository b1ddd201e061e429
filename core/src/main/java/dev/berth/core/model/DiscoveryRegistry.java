package dev.berth.core.model;

import java.util.List;

/**
 * A Cloud Map service an ECS service registers its tasks in: the name clients resolve, the records
 * and TTL they get, and the instances behind them with their health.
 *
 * @param customHealthCheck ECS reports each instance's health (HealthCheckCustomConfig)
 */
public record DiscoveryRegistry(String arn, String id, String name, DiscoveryNamespace namespace, String routingPolicy,
                                List<DnsRecord> records, boolean customHealthCheck, List<DiscoveryInstance> instances) {
    public DiscoveryRegistry {
        Checks.require(arn, "arn");
        records = Checks.list(records);
        instances = Checks.list(instances);
    }

    /** The same registry with these instances. */
    public DiscoveryRegistry withInstances(List<DiscoveryInstance> newInstances) {
        return new DiscoveryRegistry(arn, id, name, namespace, routingPolicy, records, customHealthCheck, newInstances);
    }

    /** The name clients resolve, {@code orders.prod.internal}. */
    public String hostname() {
        return namespace == null ? name : name + "." + namespace.name();
    }
}
