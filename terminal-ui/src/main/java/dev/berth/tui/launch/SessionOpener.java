package dev.berth.tui.launch;

import dev.berth.core.BerthException;
import dev.berth.core.Session;
import dev.berth.core.SessionFactory;
import dev.berth.core.context.ConnectOptions;
import dev.berth.core.watch.Problem;
import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxOptions;
import java.util.ServiceLoader;

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

    /**
     * The core's factory: one registered as a service, else the core's {@code AwsSessionFactory.standard()}
     * (which reads ~/.aws and config.yaml; a bad config file fails there with one line).
     */
    public static SessionFactory defaultFactory() {
        for (SessionFactory f : ServiceLoader.load(SessionFactory.class)) {
            return f;
        }
        try {
            // TODO(#4): call AwsSessionFactory.standard() directly once the core's implementation is on main.
            Object f = Class.forName("dev.berth.core.AwsSessionFactory").getMethod("standard").invoke(null);
            return (SessionFactory) f;
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new BerthException(Problem.Kind.OTHER, "cannot start the AWS session factory: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new BerthException(Problem.Kind.OTHER, "this build of Berth has no AWS session factory "
                    + "(the core's implementation is missing from the class path)", e);
        }
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
