package dev.berth.tui.contexts;

/**
 * One row of the {@code :ctx} or {@code :region} list: Enter switches to it.
 *
 * @param profile the profile to switch to, or null to keep the current one (a region row)
 * @param region  the region to switch to, or null for the profile's own (a profile row)
 * @param current the session is on it now
 */
public record ContextChoice(String profile, String region, boolean current) {
}
