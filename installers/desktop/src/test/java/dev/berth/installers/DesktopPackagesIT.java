package dev.berth.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop app image, unpacked elsewhere and started by its own launcher; the .deb's metadata and contents. */
class DesktopPackagesIT {
    private static final String VERSION = System.getProperty("berth.version");
    private static final Path PACKAGES = Path.of(System.getProperty("berth.package.target"), "packages");

    @TempDir
    static Path unpacked;
    private static Path launcher;

    @BeforeAll
    static void unpack() throws Exception {
        Path image = PACKAGES.resolve("berth-desktop-" + VERSION + "-linux-x64-app-image.tar.gz");
        assertThat(run(List.of("tar", "-C", unpacked.toString(), "-xzf", image.toString()), unpacked).code()).isZero();
        launcher = unpacked.resolve("berth-desktop/bin/berth-desktop");
    }

    private record Result(int code, String output) {
    }

    private static Result run(List<String> command, Path home) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    @Test
    void theLauncherAnswersHelpWithoutADisplay() throws Exception {
        Result help = run(List.of(launcher.toString(), "--help"), unpacked);
        assertThat(help.code()).as(help.output()).isZero();
        assertThat(help.output()).contains("berth desktop").contains("--demo");
    }

    @Test
    void theDemoPutsDataOnScreenFromTheStartUpCache() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/xvfb-run")), "xvfb-run is not installed (.ci/run installs it)");
        Path home = Files.createDirectories(unpacked.resolve("demo-home"));
        Path pid = home.resolve("app.pid");
        Path classLog = home.resolve("class-load.txt");
        ProcessBuilder pb = new ProcessBuilder("xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "sh", "-c",
                "echo $$ > \"$0\"; exec \"$1\" --demo", pid.toString(), launcher.toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("out.txt").toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + classLog);
        Process xvfb = pb.start();
        Path log = home.resolve("state/berth/berth-desktop.log");
        try {
            long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < until && !(Files.exists(log) && Files.readString(log).contains("first data on screen"))) {
                assertThat(xvfb.isAlive()).as("the app is running; its output: %s", home.resolve("out.txt")).isTrue();
                Thread.sleep(200);
            }
            assertThat(Files.readString(log)).contains("first data on screen").doesNotContain(" ERROR ");
            assertThat(Files.readString(classLog)).as("the launcher starts from the cache made at build time")
                    .containsPattern("dev\\.berth\\.desktop\\.DesktopMain source: (shared objects file|AOT cache)");
        } finally {
            if (Files.exists(pid)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(ProcessHandle::destroy);
            }
            if (!xvfb.waitFor(20, TimeUnit.SECONDS)) {
                xvfb.destroyForcibly();
            }
        }
    }

    @Test
    void theDebDependsOnGtkAndInstallsTheAppWithItsCache() throws Exception {
        Path deb = built(".deb");
        assumeTrue(deb != null, "no .deb was built (needs dpkg-deb and fakeroot)");
        Result info = run(List.of("dpkg-deb", "--field", deb.toString(), "Package", "Depends"), unpacked);
        assertThat(info.output()).contains("Package: berth-desktop").contains("libgtk-3-0");
        Result contents = run(List.of("dpkg-deb", "--contents", deb.toString()), unpacked);
        assertThat(contents.output()).contains("./opt/berth-desktop/bin/berth-desktop")
                .contains("./opt/berth-desktop/lib/runtime/bin/java");
        if (Files.exists(unpacked.resolve("berth-desktop/lib/app/berth-desktop.aot"))) {
            assertThat(contents.output()).contains("./opt/berth-desktop/lib/app/berth-desktop.aot");
        }
    }

    @Test
    void theRpmRequiresGtkAndInstallsTheAppWithItsCache() throws Exception {
        Path rpm = built(".rpm");
        assumeTrue(rpm != null, "no .rpm was built (needs rpmbuild)");
        assertThat(run(List.of("rpm", "-qp", "--queryformat", "%{NAME}", rpm.toString()), unpacked).output()).contains("berth-desktop");
        assertThat(run(List.of("rpm", "-qpR", rpm.toString()), unpacked).output()).contains("gtk3");
        Result contents = run(List.of("rpm", "-qpl", rpm.toString()), unpacked);
        assertThat(contents.output()).contains("/opt/berth-desktop/bin/berth-desktop")
                .contains("/opt/berth-desktop/lib/runtime/bin/java");
        if (Files.exists(unpacked.resolve("berth-desktop/lib/app/berth-desktop.aot"))) {
            assertThat(contents.output()).contains("/opt/berth-desktop/lib/app/berth-desktop.aot");
        }
    }

    /** The package file with this ending, or null when the build made none. */
    private static Path built(String ending) throws IOException {
        try (Stream<Path> files = Files.list(PACKAGES)) {
            return files.filter(p -> p.toString().endsWith(ending)).findFirst().orElse(null);
        }
    }
}
