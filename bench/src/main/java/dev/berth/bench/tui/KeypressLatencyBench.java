package dev.berth.bench.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.berth.core.Session;
import dev.berth.core.keymap.Keymap;
import dev.berth.tui.app.TuiApp;
import dev.berth.tui.nav.Place;
import dev.berth.tui.shell.BrowserPanel;
import dev.berth.tui.shell.Shell;
import dev.berth.tui.ui.ColorMode;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Keypress-to-screen latency in the services view of a big cluster while it refreshes: a key goes
 * into the terminal, the UI thread handles it (plus any refresh work queued before it) and
 * redraws; the time until that redraw is done is one sample. Usage:
 * {@code KeypressLatencyBench SERVICES KEYS REFRESH_MILLIS} (fake session; the UI's own cost).
 */
public final class KeypressLatencyBench {
    public static void main(String[] args) throws Exception {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int keys = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        long refresh = args.length > 2 ? Long.parseLong(args[2]) : 1_000;
        Session session = BigCluster.start(services, refresh);
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(120, 40));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Shell shell = TuiApp.build(session, Keymap.defaults(), ColorMode.TRUE_COLOR, screen, new SameTextGUIThread.Factory(),
                Schedulers.computation(), Schedulers.computation(), Clock.systemUTC(), t -> { }, Path.of("target"), () -> { });
        TextGUIThread thread = shell.window().getTextGUI().getGUIThread();
        shell.start(List.of(Place.clusters(), Place.services("big")));
        while (!(shell.current() instanceof BrowserPanel<?> b && b.viewModel().shownCount() == services)) {
            thread.processEventsAndUpdate();
            Thread.sleep(5);
        }
        KeyType[] pattern = {KeyType.ArrowDown, KeyType.ArrowDown, KeyType.PageDown, KeyType.ArrowUp, KeyType.End, KeyType.Home};
        int warmup = keys / 5;
        long[] samples = new long[keys];
        for (int i = -warmup; i < keys; i++) {
            // Let refreshes pile up between keys the way they do while a person reads the screen.
            Thread.sleep(Math.floorMod(i, 10) == 0 ? 40 : 3);
            long t0 = System.nanoTime();
            terminal.addInput(new KeyStroke(pattern[Math.floorMod(i, pattern.length)]));
            while (thread.processEventsAndUpdate()) {
                // handle the key and whatever was queued before it, then redraw
            }
            if (i >= 0) {
                samples[i] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(samples);
        System.out.printf("services=%d keys=%d (after %d warm-up keys) refresh=%dms  p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms%n", services, keys,
                warmup, refresh, ms(samples, 0.50), ms(samples, 0.90), ms(samples, 0.99), samples[samples.length - 1] / 1e6);
        shell.stop();
        screen.stopScreen();
        System.exit(0);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
    }
}
