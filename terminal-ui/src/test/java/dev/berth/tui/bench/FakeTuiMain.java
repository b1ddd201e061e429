package dev.berth.tui.bench;

import dev.berth.core.keymap.Keymap;
import dev.berth.tui.app.TuiApp;
import dev.berth.tui.nav.Place;
import java.nio.file.Path;
import java.util.List;

/** The real terminal UI on a fake big cluster that refreshes every second: for idle-CPU runs and looks. */
public final class FakeTuiMain {
    public static void main(String[] args) throws Exception {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        TuiApp.run(BigCluster.start(services, 1_000), Keymap.defaults(), List.of(Place.clusters(), Place.services("big")),
                Path.of("target"));
        System.exit(0);
    }
}
