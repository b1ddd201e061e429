package dev.berth.desktop.app;

import dev.berth.core.BerthException;
import dev.berth.core.Session;
import dev.berth.core.SessionFactory;
import dev.berth.core.context.ConnectOptions;
import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxOptions;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens sessions for the window, off the UI thread. In demo mode it first starts the in-process
 * sandbox (once) and points every session at it. Closing it stops that sandbox.
 */
public final class SessionOpener implements Function<ConnectOptions, Session>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SessionOpener.class);

    private final SessionFactory factory;
    private final boolean demo;
    private Sandbox sandbox;

    public SessionOpener(SessionFactory factory, boolean demo) {
        this.factory = factory;
        this.demo = demo;
    }

    /** The session factory the class path provides (the core's AWS implementation). */
    public static SessionFactory defaultFactory() {
        return ServiceLoader.load(SessionFactory.class).findFirst().orElseGet(() -> options -> {
            throw new BerthException("This build has no AWS session implementation on its class path");
        });
    }

    @Override
    public synchronized Session apply(ConnectOptions requested) {
        ConnectOptions options = requested;
        if (demo) {
            if (sandbox == null) {
                sandbox = Sandbox.start(SandboxOptions.defaults());
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
