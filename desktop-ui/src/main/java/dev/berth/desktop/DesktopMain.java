package dev.berth.desktop;

import dev.berth.desktop.app.BerthApp;
import dev.berth.desktop.app.EarlyStart;
import javafx.application.Application;
import picocli.CommandLine;

/**
 * Entry point of {@code berth desktop}. A plain class on purpose: on the class path, a main class
 * that extends Application fails with "JavaFX runtime components are missing".
 */
public final class DesktopMain {
    private DesktopMain() {
    }

    public static void main(String[] args) {
        DesktopOptions options = new DesktopOptions();
        CommandLine cli = new CommandLine(options);
        try {
            CommandLine.ParseResult parsed = cli.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return;
            }
        } catch (CommandLine.ParameterException e) {
            System.err.println("berth desktop: " + e.getMessage());
            cli.usage(System.err);
            System.exit(2);
        }
        String problem = options.problem();
        if (problem != null) {
            System.err.println("berth desktop: " + problem);
            System.exit(2);
        }
        DesktopLogging.init();
        // Config, demo sandbox and session start now, in parallel with JavaFX's own start-up.
        EarlyStart.begin(options);
        Application.launch(BerthApp.class, args);
    }
}
