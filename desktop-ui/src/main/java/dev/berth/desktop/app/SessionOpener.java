package dev.berth.desktop.app;

import dev.berth.core.BerthException;
import dev.berth.core.Session;
import dev.berth.core.SessionFactory;
import dev.berth.core.context.ConnectOptions;
import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxOptions;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens sessions for the window, off the UI thread. In demo mode it first starts the in-process
 * sandbox (once; its first answers wait until its scenario is built) and points every session at
 * it. Closing it stops that sandbox.
 */
public final class SessionOpener implements Function<ConnectOptions, Session>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SessionOpener.class);

    private final SessionFactory factory;
    private final boolean demo;
    private Sandbox sandbox;
    private ConnectOptions earlyOptions;
    private java.util.concurrent.CompletableFuture<Session> early;

    public SessionOpener(SessionFactory factory, boolean demo) {
        this.factory = factory;
        this.demo = demo;
    }

    /** A factory that fails every open with the same one line (Berth could not start its core: bad config.yaml). */
    public static SessionFactory failing(String message) {
        return options -> {
            throw new BerthException(message);
        };
    }

    /** The window's first request gets the session opened before the window existed (see {@link EarlyStart}). */
    void openedEarly(ConnectOptions options, java.util.concurrent.CompletableFuture<Session> session) {
        earlyOptions = options;
        early = session;
    }

    @Override
    public Session apply(ConnectOptions requested) {
        java.util.concurrent.CompletableFuture<Session> e;
        synchronized (this) {
            e = requested.equals(earlyOptions) ? early : null;
            early = null;
            earlyOptions = null;
        }
        if (e != null) {
            try {
                return e.join();
            } catch (java.util.concurrent.CompletionException x) {
                throw x.getCause() instanceof RuntimeException r ? r : x;
            }
        }
        return openNow(requested);
    }

    private synchronized Session openNow(ConnectOptions requested) {
        ConnectOptions options = requested;
        if (demo) {
            if (sandbox == null) {
                // The session opens while the demo builds: its client's set-up and first calls overlap the build.
                sandbox = Sandbox.listen(SandboxOptions.defaults());
                LOG.info("demo sandbox on {}", sandbox.endpoint());
            }
            options = ConnectOptions.sandbox(sandbox.endpoint(),
                    requested.region() == null ? sandbox.options().region() : requested.region())
                    .withReadOnly(requested.readOnly());
        }
        return factory.open(options);
    }

    @Override
    public synchronized void close() {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }
}
