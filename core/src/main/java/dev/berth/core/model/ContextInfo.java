package dev.berth.core.model;

/**
 * Where a session points: profile, region, account (from STS), endpoint, and how it may act.
 *
 * @param endpoint  the endpoint override, or null for AWS's own
 * @param sandbox   true when the endpoint is a Berth sandbox (UIs show a badge)
 * @param readOnly  mutations are refused before any call
 * @param protectedContext mutations need the target's name typed to confirm
 */
public record ContextInfo(String profile, String region, String account, String endpoint, boolean sandbox,
                          boolean readOnly, boolean protectedContext) {
    public ContextInfo {
        Checks.require(region, "region");
    }

    /** {@code profile@region}, the name config.yaml uses for contexts. */
    public String name() {
        return (profile == null ? "default" : profile) + "@" + region;
    }
}
