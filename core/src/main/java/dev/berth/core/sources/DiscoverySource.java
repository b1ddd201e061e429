package dev.berth.core.sources;

import dev.berth.core.BerthException;
import dev.berth.core.context.AwsContext;
import dev.berth.core.limit.ApiCategory;
import dev.berth.core.model.DiscoveryInstance;
import dev.berth.core.model.DiscoveryNamespace;
import dev.berth.core.model.DiscoveryRegistry;
import dev.berth.core.model.DnsRecord;
import dev.berth.core.watch.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.servicediscovery.model.GetInstancesHealthStatusResponse;
import software.amazon.awssdk.services.servicediscovery.model.InstanceSummary;
import software.amazon.awssdk.services.servicediscovery.model.ListInstancesResponse;

/**
 * AWS Cloud Map as Berth asks it: each registry (Cloud Map service) an ECS service names, with its
 * namespace (remembered: namespaces do not change), its DNS records and TTL; and, asked apart
 * because they change far more often, every instance of a registry with its health, all pages read.
 */
public final class DiscoverySource {
    private final AwsContext ctx;
    private final Map<String, DiscoveryNamespace> namespaces = new ConcurrentHashMap<>();

    public DiscoverySource(AwsContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The registries by ARN (as {@code serviceRegistries} names them), without their instances:
     * name, namespace, records and TTL. Ones that no longer exist are left out.
     */
    public List<DiscoveryRegistry> registries(List<String> registryArns) {
        List<DiscoveryRegistry> out = new ArrayList<>();
        for (String arn : registryArns) {
            try {
                out.add(registry(arn));
            } catch (BerthException e) {
                if (e.kind() != Problem.Kind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        return out;
    }

    private DiscoveryRegistry registry(String arn) {
        String id = EcsMapper.lastSegment(arn);
        var service = ctx.call(ApiCategory.READ, "servicediscovery:GetService",
                () -> ctx.discovery().getService(r -> r.id(id))).service();
        DiscoveryNamespace namespace = service.namespaceId() == null ? null : namespace(service.namespaceId());
        var dns = service.dnsConfig();
        List<DnsRecord> records = dns == null ? List.of()
                : dns.dnsRecords().stream().map(r -> new DnsRecord(r.typeAsString(), r.ttl() == null ? 0 : r.ttl())).toList();
        return new DiscoveryRegistry(service.arn(), service.id(), service.name(), namespace,
                dns == null ? null : dns.routingPolicyAsString(), records, service.healthCheckCustomConfig() != null, List.of());
    }

    /** Every instance of a registry (by id) with its health, all pages. */
    public List<DiscoveryInstance> instances(String registryId) {
        List<InstanceSummary> instances = Pages.all(ctx, ApiCategory.READ, "servicediscovery:ListInstances",
                ctx.discovery().listInstancesPaginator(r -> r.serviceId(registryId)), ListInstancesResponse::instances);
        Map<String, String> health = new HashMap<>();
        if (!instances.isEmpty()) {
            Pages.all(ctx, ApiCategory.READ, "servicediscovery:GetInstancesHealthStatus",
                    ctx.discovery().getInstancesHealthStatusPaginator(r -> r.serviceId(registryId)),
                    (GetInstancesHealthStatusResponse p) -> List.copyOf(p.statusAsStrings().entrySet()))
                    .forEach(e -> health.put(e.getKey(), e.getValue()));
        }
        return instances.stream().map(i -> DiscoveryMapper.instance(i, health.get(i.id()))).toList();
    }

    private DiscoveryNamespace namespace(String id) {
        DiscoveryNamespace known = namespaces.get(id);
        if (known != null) {
            return known;
        }
        var ns = ctx.call(ApiCategory.READ, "servicediscovery:GetNamespace",
                () -> ctx.discovery().getNamespace(r -> r.id(id))).namespace();
        DiscoveryNamespace out = new DiscoveryNamespace(ns.id(), ns.arn(), ns.name(), ns.typeAsString());
        namespaces.put(id, out);
        return out;
    }
}
