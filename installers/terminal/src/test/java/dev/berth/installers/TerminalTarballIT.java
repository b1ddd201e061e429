package dev.berth.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.berth.tui.e2e.Tmux;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal tarball as a bastion host gets it: unpacked somewhere else than where it was built,
 * run as {@code bin/berth} with a bare environment (no JAVA_HOME, no AWS variables, an empty home).
 */
class TerminalTarballIT {
    private static final Duration SLOW = Duration.ofSeconds(90);
    private static final String VERSION = System.getProperty("berth.version");

    @TempDir
    static Path unpacked;
    private static Path berth;

    @BeforeAll
    static void unpack() throws Exception {
        Path tarball = Path.of(System.getProperty("berth.package.target"), "berth-" + VERSION + "-linux-x64.tar.gz");
        assertThat(tarball).exists();
        assertThat(run(List.of("tar", "-C", unpacked.toString(), "-xzf", tarball.toString()), Map.of()).code).isZero();
        berth = unpacked.resolve("berth-" + VERSION).resolve("bin/berth");
    }

    /** A process's exit code and output (stdout and stderr together). */
    private record Result(int code, String output) {
    }

    /** Runs with only PATH, TERM, HOME (an empty directory) and the given variables set. */
    private static Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().put("PATH", "/usr/bin:/bin");
        pb.environment().put("HOME", Files.createDirectories(unpacked.resolve("home-" + System.nanoTime())).toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        return new Result(p.exitValue(), out);
    }

    /** The same bare environment for a command run in a tmux pane (whose server has its own environment). */
    private static List<String> bare(Path home, String... command) {
        List<String> c = new ArrayList<>(List.of("env", "-i", "PATH=/usr/bin:/bin", "TERM=screen-256color", "HOME=" + home));
        c.addAll(List.of(command));
        return c;
    }

    @Test
    void versionRunsOnTheBundledRuntimeFromTheStartUpCache() throws Exception {
        Path classLog = unpacked.resolve("class-load.txt");
        Result r = run(List.of(berth.toString(), "--version"), Map.of("BERTH_JAVA_OPTS", "-Xlog:class+load:file=" + classLog));
        assertThat(r.code).as(r.output).isZero();
        assertThat(r.output).startsWith("berth " + VERSION + "\nJava ");
        assertThat(Files.readString(classLog)).as("the AOT cache made at build time is used after unpacking elsewhere")
                .containsPattern("dev\\.berth\\.tui\\.BerthMain source: (shared objects file|AOT cache)");
    }

    @Test
    void theRuntimeHasNoJavaFxAndThePackageItsManPageAndCompletion() throws Exception {
        Path home = berth.getParent().getParent();
        Result modules = run(List.of(home.resolve("runtime/bin/java").toString(), "--list-modules"), Map.of());
        assertThat(modules.output).contains("java.base@").doesNotContain("javafx");
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            assertThat(jars.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("javafx"))
                    .anyMatch(n -> n.startsWith("berth-terminal-ui"));
        }
        assertThat(Files.readString(home.resolve("share/man/man1/berth.1"))).startsWith(".TH BERTH 1");
        assertThat(Files.readString(home.resolve("share/bash-completion/completions/berth"))).contains("complete -F");
    }

    @Test
    void demoShowsTheFirstScreenInARealTerminal() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
        Path home = Files.createDirectories(unpacked.resolve("demo-home"));
        Path stderr = unpacked.resolve("demo.stderr");
        try (Tmux tmux = Tmux.start("berth-tarball-" + ProcessHandle.current().pid(), 120, 40,
                bare(home, berth.toString(), "--demo"), stderr)) {
            String screen = tmux.await("the demo's clusters", SLOW, s -> s.contains("prod") && s.contains("clusters"));
            assertThat(screen).contains("SANDBOX").doesNotContain("Exception");
            tmux.send("C-c");
        }
        assertThat(Files.readString(stderr)).as("nothing but the UI writes to the terminal").isEmpty();
        Path log = home.resolve(".local/state/berth/berth.log");
        assertThat(log).as("the log goes under $HOME's XDG state directory").exists();
        assertThat(Files.readString(log)).doesNotContain(" ERROR ");
    }

    @Test
    void withoutAnyAwsSetUpItSaysSoInOneLineAndOffersTheDemo() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
        Path home = Files.createDirectories(unpacked.resolve("empty-home"));
        Path stderr = unpacked.resolve("no-credentials.stderr");
        try (Tmux tmux = Tmux.start("berth-nocreds-" + ProcessHandle.current().pid(), 120, 40,
                List.of("sh", "-c", String.join(" ", bare(home, berth.toString())) + "; echo exit=$?; sleep 60"), stderr)) {
            tmux.await("berth to exit", SLOW, s -> s.contains("exit="));
            assertThat(tmux.capture()).contains("exit=5");
        }
        assertThat(Files.readString(stderr).lines()).singleElement().asString()
                .startsWith("berth: no AWS credentials found").endsWith("or try berth --demo");
    }
}
