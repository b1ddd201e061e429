package dev.berth.sandbox.discovery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.wire.JsonCodec;
import java.time.Instant;

/** A Cloud Map namespace: a private or public DNS zone, or an HTTP-only one. */
record Namespace(String id, String arn, String account, String name, String type, String description, String hostedZoneId,
                 long soaTtl, long createdAt, String creatorRequestId) {

    boolean dns() {
        return !type.equals("HTTP");
    }

    /** As GetNamespace answers; ListNamespaces leaves out the creator request id. */
    ObjectNode toJson(int serviceCount, boolean full) {
        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        out.put("Id", id);
        out.put("Arn", arn);
        out.put("ResourceOwner", account);
        out.put("Name", name);
        out.put("Type", type);
        if (description != null) {
            out.put("Description", description);
        }
        out.put("ServiceCount", serviceCount);
        ObjectNode properties = out.putObject("Properties");
        if (dns()) {
            properties.putObject("DnsProperties").put("HostedZoneId", hostedZoneId).putObject("SOA").put("TTL", soaTtl);
        }
        properties.putObject("HttpProperties").put("HttpName", name);
        out.putPOJO("CreateDate", Instant.ofEpochMilli(createdAt));
        if (full && creatorRequestId != null) {
            out.put("CreatorRequestId", creatorRequestId);
        }
        return out;
    }
}
