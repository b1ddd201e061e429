package dev.berth.core.context;

/**
 * A named profile of ~/.aws/config or credentials, as a context switcher lists it.
 *
 * @param region the profile's own region, or null when it names none
 */
public record AwsProfile(String name, String region) {
    public AwsProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a profile needs a name");
        }
    }
}
