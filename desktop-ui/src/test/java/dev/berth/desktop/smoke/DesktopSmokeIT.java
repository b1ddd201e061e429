package dev.berth.desktop.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real app in a real (virtual) X display: {@code DesktopMain --demo} under an Xvfb we start,
 * found by its window title with xdotool, photographed with ImageMagick. Skips, saying what is
 * missing, where Xvfb, xdotool, ImageMagick or GTK 3 are not installed (.ci/run installs them).
 */
class DesktopSmokeIT {
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (Process p : started.reversed()) {
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void theDemoStartsAndShowsAWindowThatIsNotBlank() throws Exception {
        for (String tool : List.of("Xvfb", "xdotool", "import")) {
            Assumptions.assumeTrue(onPath(tool), tool + " is not installed: apt-get install xvfb xdotool imagemagick");
        }
        Assumptions.assumeTrue(Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/libgtk-3.so.0"))
                || Files.exists(Path.of("/usr/lib/aarch64-linux-gnu/libgtk-3.so.0")), "libgtk-3-0 is not installed");

        Path target = Path.of("target").toAbsolutePath();
        int display = freeDisplay();
        Process xvfb = start(List.of("Xvfb", ":" + display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"),
                target.resolve("smoke-xvfb.log"), null);
        waitUntil(Duration.ofSeconds(10), () -> Files.exists(Path.of("/tmp/.X11-unix/X" + display)), "Xvfb to start");
        assertThat(xvfb.isAlive()).isTrue();

        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("berth.classes") + ":" + Files.readString(Path.of(System.getProperty("berth.runtime.classpath"))).strip();
        Path state = target.resolve("smoke-state");
        Instant launched = Instant.now();
        Process app = start(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", cp, "dev.berth.desktop.DesktopMain", "--demo",
                "--theme", "light"), target.resolve("smoke-app.log"), new String[] {"DISPLAY=:" + display, "XDG_STATE_HOME=" + state});

        String[] window = new String[1];
        waitUntil(Duration.ofSeconds(40), () -> {
            window[0] = run(display, "xdotool", "search", "--name", "Berth");
            return !window[0].isBlank() || !app.isAlive();
        }, "a window named Berth");
        assertThat(app.isAlive()).as("the app is still running (see target/smoke-app.log)").isTrue();
        assertThat(window[0]).isNotBlank();
        Duration toWindow = Duration.between(launched, Instant.now());

        Thread.sleep(4_000); // let the first data arrive and paint
        Path shot = target.resolve("smoke-screenshot.png");
        run(display, "import", "-window", "root", shot.toString());
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image).as("import wrote a PNG").isNotNull();
        assertThat(distinctColours(image)).as("a painted window has many colours; a blank screen has one").isGreaterThan(50);
        assertThat(Files.readString(state.resolve("berth/berth-desktop.log"))).contains("window shown");
        System.out.println("window after " + toWindow.toMillis() + " ms");
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private Process start(List<String> command, Path log, String[] env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (env != null) {
            for (String kv : env) {
                int eq = kv.indexOf('=');
                pb.environment().put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        Process p = pb.start();
        started.add(p);
        return p;
    }

    private static String run(int display, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DISPLAY", ":" + display);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(20, TimeUnit.SECONDS);
        return p.exitValue() == 0 ? out.strip() : "";
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** A display number nobody uses (no lock file, no socket). */
    private static int freeDisplay() {
        for (int n = 90; n < 190; n++) {
            if (!Files.exists(Path.of("/tmp/.X" + n + "-lock")) && !Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                return n;
            }
        }
        throw new IllegalStateException("no free X display number between :90 and :189");
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    private static void waitUntil(Duration max, Check check, String what) throws Exception {
        Instant end = Instant.now().plus(max);
        while (Instant.now().isBefore(end)) {
            if (check.ok()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
