package dev.berth.desktop;

import dev.berth.core.config.BerthPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Where the desktop app writes its log: {@code ${XDG_STATE_HOME:-~/.local/state}/berth/berth-desktop.log}.
 * Must run before the first logger is created: logback.xml reads the path from a system property.
 */
public final class DesktopLogging {
    /** The system property logback.xml reads. */
    static final String PROPERTY = "berth.desktop.log";

    private DesktopLogging() {
    }

    public static Path logFile() {
        return BerthPaths.fromEnvironment().stateDir().resolve("berth-desktop.log");
    }

    /** Points logback at the log file and routes java.util.logging (JavaFX's) into it. */
    public static Path init() {
        Path file = logFile();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            System.err.println("berth: cannot create " + file.getParent() + " for the log file: " + e.getMessage());
        }
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, file.toString());
        }
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        return Path.of(System.getProperty(PROPERTY));
    }
}
