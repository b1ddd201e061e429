package dev.berth.core.model;

/** A DNS record type a Cloud Map service answers with (A, AAAA, SRV, CNAME) and its TTL in seconds. */
public record DnsRecord(String type, long ttlSeconds) {
    public DnsRecord {
        Checks.require(type, "type");
    }
}
