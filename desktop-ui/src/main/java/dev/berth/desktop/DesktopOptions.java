package dev.berth.desktop;

import dev.berth.desktop.fx.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The desktop app's command line, as {@code berth desktop [options]} takes it. */
@Command(name = "berth desktop", mixinStandardHelpOptions = true, version = "Berth desktop 0.1.0",
        description = "The Berth operator console for Amazon ECS (JavaFX).")
public final class DesktopOptions {
    @Option(names = "--demo", description = "Run on an in-process sandbox (no AWS account needed).")
    boolean demo;

    @Option(names = "--profile", paramLabel = "NAME", description = "AWS profile (default: AWS_PROFILE or the CLI's default).")
    String profile;

    @Option(names = "--region", paramLabel = "REGION", description = "AWS region (default: AWS_REGION or the profile's).")
    String region;

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "Send every AWS call to this endpoint (e.g. a `berth sandbox`).")
    String endpointUrl;

    @Option(names = "--read-only", description = "Refuse every change before any call is made.")
    boolean readOnly;

    @Option(names = "--cluster", paramLabel = "NAME", description = "Start in this cluster.")
    String cluster;

    @Option(names = "--service", paramLabel = "NAME", description = "Start with this service selected (needs --cluster).")
    String service;

    @Option(names = "--theme", paramLabel = "THEME",
            description = "light, dark or system (default: config.yaml's theme, else following the desktop's preference).")
    String theme;

    @Option(names = "--exit-after-first-data", hidden = true,
            description = "Quit a few frames after the first data is on screen (the start-up cache's training run).")
    boolean exitAfterFirstData;

    public boolean demo() {
        return demo;
    }

    public String profile() {
        return profile;
    }

    public String region() {
        return region;
    }

    public String endpointUrl() {
        return endpointUrl;
    }

    public boolean readOnly() {
        return readOnly;
    }

    public String cluster() {
        return cluster;
    }

    public String service() {
        return service;
    }

    public boolean exitAfterFirstData() {
        return exitAfterFirstData;
    }

    /** The theme asked for on the command line, or null to use config.yaml's. */
    public Theme theme() {
        return theme == null ? null : Theme.parse(theme);
    }

    /** Checks combinations picocli cannot; the message is the one line to print. */
    public String problem() {
        if (service != null && cluster == null) {
            return "--service needs --cluster";
        }
        if (demo && endpointUrl != null) {
            return "--demo runs its own sandbox; drop --endpoint-url (or drop --demo to use that endpoint)";
        }
        try {
            theme();
        } catch (IllegalArgumentException e) {
            return "--theme must be light, dark or system, got '" + theme + "'";
        }
        if (endpointUrl != null && !endpointUrl.matches("https?://.+")) {
            return "--endpoint-url must be an http(s) URL, got '" + endpointUrl + "'";
        }
        return null;
    }
}
