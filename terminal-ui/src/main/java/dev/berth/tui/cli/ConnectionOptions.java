package dev.berth.tui.cli;

import dev.berth.core.context.ConnectOptions;
import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.Option;

/**
 * The AWS context flags every command takes, as the AWS CLI spells them, plus {@code --demo}.
 * Given before a subcommand (on {@code berth}) or after it; the subcommand's own win.
 */
public final class ConnectionOptions {
    private static final String REGION_PATTERN = "[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d{1,2}";

    @Option(names = "--profile", paramLabel = "NAME", description = "AWS profile (default: AWS_PROFILE, else default).")
    String profile;

    @Option(names = "--region", paramLabel = "REGION", description = "AWS region (default: AWS_REGION, else the profile's).")
    String region;

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "Send every AWS call to this endpoint (e.g. a berth sandbox).")
    String endpointUrl;

    @Option(names = "--read-only", description = "Refuse every change before any call is made.")
    boolean readOnly;

    @Option(names = "--demo", description = "Run on an in-process sandbox with the demo scenario (no AWS account needed).")
    boolean demo;

    /** The options as given (null: not given); {@link TuiArguments} reads them without picocli. */
    static ConnectionOptions of(String profile, String region, String endpointUrl, boolean readOnly, boolean demo) {
        ConnectionOptions o = new ConnectionOptions();
        o.profile = profile;
        o.region = region;
        o.endpointUrl = endpointUrl;
        o.readOnly = readOnly;
        o.demo = demo;
        return o;
    }

    /** These options with the unset ones taken from {@code outer} (the flags given before the subcommand). */
    public ConnectionOptions merge(ConnectionOptions outer) {
        ConnectionOptions m = new ConnectionOptions();
        m.profile = profile != null ? profile : outer == null ? null : outer.profile;
        m.region = region != null ? region : outer == null ? null : outer.region;
        m.endpointUrl = endpointUrl != null ? endpointUrl : outer == null ? null : outer.endpointUrl;
        m.readOnly = readOnly || (outer != null && outer.readOnly);
        m.demo = demo || (outer != null && outer.demo);
        return m;
    }

    public boolean demo() {
        return demo;
    }

    /** The core's connect options; bad values fail with one line and nothing sent. */
    public ConnectOptions toConnectOptions() {
        if (region != null && !region.matches(REGION_PATTERN)) {
            throw new IllegalArgumentException("unknown region '" + region + "' (expected something like us-east-1)");
        }
        if (profile != null && profile.isBlank()) {
            throw new IllegalArgumentException("--profile needs a name");
        }
        URI endpoint = null;
        if (endpointUrl != null) {
            try {
                endpoint = new URI(endpointUrl);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("--endpoint-url is not a URL: " + endpointUrl);
            }
            if (!("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme())) || endpoint.getHost() == null) {
                throw new IllegalArgumentException("--endpoint-url must be an http(s) URL with a host, got " + endpointUrl);
            }
        }
        return new ConnectOptions(profile, region, endpoint, readOnly, false);
    }
}
