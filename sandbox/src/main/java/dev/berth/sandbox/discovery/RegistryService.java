package dev.berth.sandbox.discovery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.wire.JsonCodec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Cloud Map service: the DNS records its instances answer as (A and/or SRV, with their TTL), how
 * their health is told (custom health reported by ECS, or none), and its instances by id.
 */
final class RegistryService {
    /** One DNS record type the service answers with and its TTL in seconds. */
    record DnsRecord(String type, long ttl) {
    }

    final String id;
    final String arn;
    final String account;
    final String name;
    final Namespace namespace;
    final String description;
    final String routingPolicy;
    final List<DnsRecord> records;
    /** The FailureThreshold of a custom health check, or null when the service has none. */
    final Integer customHealthThreshold;
    final long createdAt;
    final String creatorRequestId;
    final Map<String, Instance> instances = new LinkedHashMap<>();

    RegistryService(String id, String arn, String account, String name, Namespace namespace, String description,
                    String routingPolicy, List<DnsRecord> records, Integer customHealthThreshold, long createdAt,
                    String creatorRequestId) {
        this.id = id;
        this.arn = arn;
        this.account = account;
        this.name = name;
        this.namespace = namespace;
        this.description = description;
        this.routingPolicy = routingPolicy;
        this.records = List.copyOf(records);
        this.customHealthThreshold = customHealthThreshold;
        this.createdAt = createdAt;
        this.creatorRequestId = creatorRequestId;
    }

    boolean hasSrv() {
        return records.stream().anyMatch(r -> r.type().equals("SRV"));
    }

    boolean customHealth() {
        return customHealthThreshold != null;
    }

    String type() {
        return records.isEmpty() ? "HTTP" : "DNS_HTTP";
    }

    /** GetService's answer ({@code full}) or a ListServices summary. */
    ObjectNode toJson(boolean full) {
        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        out.put("Id", id);
        out.put("Arn", arn);
        out.put("ResourceOwner", account);
        out.put("Name", name);
        if (full) {
            out.put("NamespaceId", namespace.id());
        }
        out.put("Type", type());
        if (description != null) {
            out.put("Description", description);
        }
        out.put("InstanceCount", instances.size());
        if (!records.isEmpty()) {
            ObjectNode dns = out.putObject("DnsConfig");
            if (full) {
                dns.put("NamespaceId", namespace.id());
            }
            dns.put("RoutingPolicy", routingPolicy);
            ArrayNode list = dns.putArray("DnsRecords");
            records.forEach(r -> list.addObject().put("Type", r.type()).put("TTL", r.ttl()));
        }
        if (customHealthThreshold != null) {
            out.putObject("HealthCheckCustomConfig").put("FailureThreshold", customHealthThreshold);
        }
        out.putPOJO("CreateDate", Instant.ofEpochMilli(createdAt));
        if (full && creatorRequestId != null) {
            out.put("CreatorRequestId", creatorRequestId);
        }
        out.put("CreatedByAccount", account);
        return out;
    }
}
