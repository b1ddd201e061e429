package dev.berth.tui.launch;

import com.googlecode.lanterna.terminal.Terminal;
import dev.berth.core.AwsSessionFactory;
import dev.berth.core.Session;
import dev.berth.core.SessionFactory;
import dev.berth.core.config.BerthPaths;
import dev.berth.core.context.ConnectOptions;
import dev.berth.core.keymap.Keymap;
import dev.berth.tui.app.TuiApp;
import dev.berth.tui.nav.Place;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import io.reactivex.rxjava3.functions.Consumer;
import org.slf4j.LoggerFactory;

/**
 * What plain {@code berth} does: open the session while the terminal is set up alongside, start
 * the first screen's call at once, and run the UI at the requested place. Kept apart from the
 * picocli command classes, and written without lambdas, on purpose: a lambda the JDK's AOT cache
 * has not stored is linked at run time, and the first such costs a twentieth of a second of
 * start-up. The cache stores those its training run made, and that run cannot open a real
 * terminal, so this path is one it never takes.
 */
public final class TuiStart {
    private TuiStart() {
    }

    /** Runs the UI until the person quits; bad options fail before the terminal is touched. */
    public static void run(SessionFactory sessions, ConnectOptions connect, boolean demo, String atCluster, String atService)
            throws IOException {
        if (atService != null && atCluster == null) {
            throw new IllegalArgumentException("--service needs --cluster");
        }
        List<Place> trail = new ArrayList<>(List.of(Place.clusters()));
        if (atCluster != null) {
            trail.add(Place.services(atCluster));
            if (atService != null) {
                trail.add(Place.tasks(atCluster, atService));
            }
        }
        // config.yaml's keys: (the core read and checked the file when the factory was made)
        Keymap keymap = sessions instanceof AwsSessionFactory aws ? aws.config().keymap() : Keymap.defaults();
        // The terminal's set-up (an stty process, a size query) overlaps with opening the session.
        CompletableFuture<Terminal> terminal = CompletableFuture.supplyAsync(new Supplier<>() {
            @Override
            public Terminal get() {
                try {
                    return TuiApp.openTerminal();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot use this terminal: " + e.getMessage(), e);
                }
            }
        });
        try (SessionOpener opener = new SessionOpener(sessions)) {
            Session session;
            try {
                session = opener.open(connect, demo);
            } catch (RuntimeException e) {
                closeQuietly(terminal);
                throw e;
            }
            // Start the first screen's call now, so it overlaps with the terminal's set-up.
            var early = (atCluster == null ? session.clusters() : session.services(atCluster)).subscribe(new Ignored<>(), new Ignored<>());
            TuiApp.run(join(terminal), session, keymap, trail, BerthPaths.fromEnvironment().stateDir());
            early.dispose();
        }
    }

    /** The early subscription only starts the slice; the screen's own subscription shows it. */
    private static final class Ignored<T> implements Consumer<T> {
        @Override
        public void accept(T value) {
            // nothing: see above
        }
    }

    private static Terminal join(CompletableFuture<Terminal> terminal) {
        try {
            return terminal.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Gives the terminal back (cooked mode) when the session could not be opened. */
    private static void closeQuietly(CompletableFuture<Terminal> terminal) {
        try {
            terminal.join().close();
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(TuiStart.class).debug("closing the terminal failed", e);
        }
    }
}
