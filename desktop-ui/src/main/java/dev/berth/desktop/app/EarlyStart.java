package dev.berth.desktop.app;

import dev.berth.core.Session;
import dev.berth.core.SessionFactory;
import dev.berth.core.context.ConnectOptions;
import dev.berth.core.keymap.Keymap;
import dev.berth.desktop.DesktopOptions;
import dev.berth.desktop.fx.Errors;
import dev.berth.desktop.fx.Theme;
import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.disposables.CompositeDisposable;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * What can start before JavaFX does, on its own thread, so the first window has data sooner: read
 * config.yaml, start the demo sandbox, open the session and begin polling the clusters and the
 * services of the first one (the window's subscriptions then get the replayed snapshots); triage
 * waits for the window's first rows (see MainViewModel). Anything
 * that fails here fails again, as one line in the window, when the window asks for the session.
 */
public final class EarlyStart {
    /** How long the prefetch keeps the first slices polled while the window comes up. */
    private static final long PREFETCH_SECONDS = 20;
    private static volatile EarlyStart started;

    private final DesktopOptions options;
    private final CompletableFuture<Setup> setup;

    /** What config.yaml sets for the window; the factory fails with the config's problem if it had one. */
    public record Setup(SessionFactory factory, Keymap keymap, Theme theme, SessionOpener opener,
                        ConnectOptions first, CompletableFuture<Session> session) {
    }

    private EarlyStart(DesktopOptions options) {
        this.options = options;
        this.setup = CompletableFuture.supplyAsync(this::prepare, r -> {
            Thread t = new Thread(r, "berth-early-start");
            t.setDaemon(true);
            t.start();
        });
    }

    /** Begins at once (DesktopMain calls this before launching JavaFX). */
    public static void begin(DesktopOptions options) {
        started = new EarlyStart(options);
    }

    /** The setup begun by {@link #begin}, or a new one (when JavaFX was launched some other way). */
    static Setup await(DesktopOptions options) {
        EarlyStart s = started;
        if (s == null) {
            s = new EarlyStart(options);
        }
        started = null;
        return s.setup.join();
    }

    private Setup prepare() {
        SessionFactory factory;
        Keymap keymap = Keymap.defaults();
        Theme theme = Theme.SYSTEM;
        try {
            CoreSetup core = CoreSetup.load();
            factory = core.factory();
            keymap = core.keymap();
            theme = core.theme();
        } catch (RuntimeException e) {
            // Not a static logger: the logging system starts on this thread, not on main before JavaFX's launch.
            LoggerFactory.getLogger(EarlyStart.class).warn("cannot start the core", e);
            factory = SessionOpener.failing(Errors.oneLine(e));
        }
        if (options.theme() != null) {
            theme = options.theme();
        }
        // Resolving "system" may ask gsettings: here, never on the FX thread.
        theme = theme.resolve();
        SessionOpener opener = new SessionOpener(factory, options.demo());
        ConnectOptions first = new ConnectOptions(options.profile(), options.region(),
                options.endpointUrl() == null ? null : URI.create(options.endpointUrl()), options.readOnly(), false);
        CompletableFuture<Session> session = CompletableFuture.supplyAsync(() -> prefetch(opener.apply(first)),
                r -> new Thread(r, "berth-early-session").start());
        return new Setup(factory, keymap, theme, opener, first, session);
    }

    /** Starts the slices the first screen shows; the window's own subscriptions take over within seconds. */
    private Session prefetch(Session s) {
        CompositeDisposable d = new CompositeDisposable();
        d.add(s.clusters().filter(c -> c.hasValue()).firstElement().subscribe(c -> {
            String cluster = options.cluster() != null ? options.cluster()
                    : c.value().isEmpty() ? null : c.value().get(0).name();
            if (cluster != null) {
                d.add(s.services(cluster).subscribe(x -> { }, e -> { }));
            }
        }, e -> { }));
        d.add(Completable.timer(PREFETCH_SECONDS, TimeUnit.SECONDS).subscribe(d::dispose));
        return s;
    }
}
