package dev.berth.tui.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code berth desktop}: the launcher script starts the desktop app itself; reaching this
 * command means this installation has no desktop app (the terminal tarball ships without JavaFX).
 */
@Command(name = "desktop", description = "Open the desktop app (started by the ./berth launcher; not part of the terminal-only install).")
public final class DesktopCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", hidden = true)
    List<String> ignored;

    @Override
    public Integer call() {
        System.err.println("berth: the desktop app is not part of this installation; run ./berth desktop from a source checkout or install the desktop package");
        return ExitCodes.USAGE;
    }
}
