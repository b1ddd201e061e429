package dev.berth.sandbox;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;

/**
 * moto ({@code python3 -m moto.server}) as an independent AWS implementation to check the
 * sandbox's answers against. Tests using it are skipped, with the reason, where moto is absent.
 */
public final class MotoServer implements AutoCloseable {
    private final Process process;
    private final URI endpoint;

    private MotoServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Starts moto on a free loopback port, or skips the calling test if it cannot be started. */
    public static MotoServer startOrSkip() {
        int port = freePort();
        Process p;
        try {
            p = new ProcessBuilder("python3", "-m", "moto.server", "-H", "127.0.0.1", "-p", String.valueOf(port))
                    .redirectErrorStream(true)
                    .redirectOutput(new File("target/moto-" + port + ".log"))
                    .start();
        } catch (IOException e) {
            Assumptions.abort("moto not available (python3 could not be started: " + e.getMessage() + ")");
            throw new IllegalStateException("unreachable");
        }
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) {
                Assumptions.abort("moto not available (python3 -m moto.server exited with " + p.exitValue()
                        + "; see target/moto-" + port + ".log)");
            }
            if (answers(endpoint)) {
                return new MotoServer(p, endpoint);
            }
            sleep(100);
        }
        p.destroyForcibly();
        Assumptions.abort("moto did not start within 20 s");
        throw new IllegalStateException("unreachable");
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static boolean answers(URI endpoint) {
        try {
            HttpURLConnection c = (HttpURLConnection) endpoint.resolve("/moto-api/").toURL().openConnection();
            c.setConnectTimeout(200);
            c.setReadTimeout(500);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
