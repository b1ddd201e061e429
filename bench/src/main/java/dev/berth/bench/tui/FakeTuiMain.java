package dev.berth.bench.tui;

import dev.berth.core.keymap.Keymap;
import dev.berth.tui.app.TuiApp;
import dev.berth.tui.nav.Place;
import java.nio.file.Path;
import java.util.List;

/**
 * The real terminal UI on a fake big cluster whose rows all change every REFRESH_MS (default 5 s,
 * the core's pace for rows on screen): for idle-CPU runs and looks. Args: SERVICES REFRESH_MS.
 */
public final class FakeTuiMain {
    public static void main(String[] args) throws Exception {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        long refresh = args.length > 1 ? Long.parseLong(args[1]) : 5_000;
        TuiApp.run(TuiApp.openTerminal(), BigCluster.start(services, refresh), Keymap.defaults(), List.of(Place.clusters(), Place.services("big")),
                Path.of("target"));
        System.exit(0);
    }
}
