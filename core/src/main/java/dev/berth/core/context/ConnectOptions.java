package dev.berth.core.context;

import java.net.URI;

/**
 * What the person asked for on the command line: which AWS context to open and how. Anything
 * left null is resolved the way the AWS CLI resolves it (AWS_PROFILE, AWS_REGION,
 * AWS_ENDPOINT_URL, ~/.aws/config).
 *
 * @param profile      named profile, or null for the CLI's choice
 * @param region       region, or null for the profile's / environment's
 * @param endpoint     endpoint override for every service, or null
 * @param readOnly     refuse every mutation before any call
 * @param sandbox      the endpoint is a Berth sandbox: use throwaway credentials, show the badge
 */
public record ConnectOptions(String profile, String region, URI endpoint, boolean readOnly, boolean sandbox) {

    public static ConnectOptions defaults() {
        return new ConnectOptions(null, null, null, false, false);
    }

    /** A sandbox on the given endpoint (the in-process one behind --demo, or `berth sandbox`). */
    public static ConnectOptions sandbox(URI endpoint, String region) {
        return new ConnectOptions(null, region, endpoint, false, true);
    }

    public ConnectOptions withReadOnly(boolean v) {
        return new ConnectOptions(profile, region, endpoint, v, sandbox);
    }
}
