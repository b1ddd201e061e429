package dev.berth.core.model;

/** A Cloud Map namespace. {@code type} is DNS_PRIVATE, DNS_PUBLIC or HTTP. */
public record DiscoveryNamespace(String id, String arn, String name, String type) {
    public DiscoveryNamespace {
        Checks.require(id, "id");
    }
}
