package dev.berth.tui.launch;

import dev.berth.core.context.SdkWarmup;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Map;
import javax.crypto.Mac;
import javax.net.ssl.SSLContext;
import org.slf4j.LoggerFactory;

/**
 * Start-up work that the first screen needs but that does not depend on the command line, begun on
 * other threads as the process starts so that it overlaps with reading the arguments, the config
 * and the terminal: logback's set-up (about a tenth of a second), the SDK's endpoint table (a
 * tenth), the JDK's method-handle machinery behind records (a twentieth), the security providers
 * that SigV4 signing needs (a twentieth), and for an HTTPS endpoint the TLS provider and the trust
 * store (a fifth), all of which the first screen would otherwise wait for.
 */
public final class Warmup {
    private Warmup() {
    }

    /**
     * Whether this command line may call an HTTPS endpoint: not when it runs the demo or names a
     * plain-HTTP endpoint (flag or {@code AWS_ENDPOINT_URL}), where warming TLS would only take a
     * core from the first screen.
     */
    public static boolean mayUseTls(String[] args, Map<String, String> env) {
        for (String a : args) {
            if (a.equals("--demo") || a.startsWith("http://") || a.startsWith("--endpoint-url=http://")) {
                return false;
            }
        }
        String endpoint = env.get("AWS_ENDPOINT_URL");
        return endpoint == null || !endpoint.startsWith("http://");
    }

    /** Begins the warm-up; {@code tls} is false when every call goes to a plain-HTTP endpoint. */
    public static void begin(boolean tls) {
        // Loggers created on other threads while logback starts are queued and replayed; SLF4J would
        // announce the replay on stderr, which is the terminal's.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        // The first record's hashCode links through a method-handle bootstrap that the AOT cache does not store.
        daemon("berth-warmup-indy", () -> new Probe(1).hashCode());
        daemon("berth-warmup-sdk", SdkWarmup::run);
        daemon("berth-warmup-log", () -> {
            LoggerFactory.getILoggerFactory();
            try {
                MessageDigest.getInstance("SHA-256");
                Mac.getInstance("HmacSHA256");
                if (tls) {
                    SSLContext.getDefault();
                }
            } catch (GeneralSecurityException e) {
                // The SDK reports a missing algorithm on its first call, with the operation's name.
            }
        });
    }

    private record Probe(int value) {
    }

    private static void daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }
}
