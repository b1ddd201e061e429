package dev.berth.tui.launch;

import dev.berth.core.AwsSessionFactory;
import dev.berth.core.Session;
import dev.berth.core.SessionFactory;
import dev.berth.core.context.ConnectOptions;
import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxOptions;
import java.util.function.Supplier;

/**
 * Opens the session a command asked for: AWS as the CLI would resolve it, a given endpoint, or
 * (with {@code --demo}) a sandbox started in this process. Closing it closes the demo sandbox too.
 */
public final class SessionOpener implements AutoCloseable {
    private final SessionFactory factory;
    private Sandbox demo;
    private Session session;

    public SessionOpener(SessionFactory factory) {
        this.factory = factory;
    }

    /** {@link #defaultFactory}, made when asked for (so a command that fails on its flags reads no config). */
    public static final Supplier<SessionFactory> DEFAULT_FACTORY = SessionOpener::defaultFactory;

    /**
     * The core's factory as the app uses it: the process environment, ~/.aws and config.yaml
     * (a bad config file fails here with one line).
     */
    public static SessionFactory defaultFactory() {
        return AwsSessionFactory.standard();
    }

    public Session open(ConnectOptions options, boolean demoMode) {
        ConnectOptions o = options;
        if (demoMode) {
            demo = Sandbox.start(SandboxOptions.defaults()
                    .withRegion(options.region() != null ? options.region() : "us-east-1"));
            o = new ConnectOptions(null, demo.options().region(), demo.endpoint(), options.readOnly(), true);
        }
        session = factory.open(o);
        return session;
    }

    /** The in-process sandbox behind {@code --demo}, or null. */
    public Sandbox demo() {
        return demo;
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
        if (demo != null) {
            demo.close();
        }
    }
}
