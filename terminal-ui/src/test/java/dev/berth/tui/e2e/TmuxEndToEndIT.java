package dev.berth.tui.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The real program in a real terminal: {@code berth --demo} in tmux at 120×40, driven with
 * send-keys and read with capture-pane. Open a service, read its logs, scale it and watch the
 * running count follow.
 */
class TmuxEndToEndIT {
    private static final Duration SLOW = Duration.ofSeconds(90);

    @Test
    void openAServiceReadItsLogsScaleItAndSeeRunningFollow() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it): skipping the terminal end-to-end test");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = Path.of("target", "e2e-berth.log").toAbsolutePath();
        Files.deleteIfExists(log);
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Dberth.log.file=" + log));
        if (Runtime.version().feature() >= 23) {
            command.add("--sun-misc-unsafe-memory-access=allow");   // as ./berth does
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.berth.tui.BerthMain", "--demo"));
        Path stderr = Path.of("target", "e2e-berth.stderr").toAbsolutePath();
        try (Tmux tmux = Tmux.start("berth-e2e-" + ProcessHandle.current().pid(), 120, 40, command, stderr)) {
            String screen = tmux.awaitText("prod", SLOW);
            assertThat(screen).contains("SANDBOX").contains("clusters");

            tmux.type("/prod");
            tmux.send("Enter", "Enter");
            tmux.awaitText("services(prod)", SLOW);
            tmux.type("/web");
            tmux.send("Enter");
            screen = tmux.await("web described", SLOW, s -> Pattern.compile("web\\s+3\\s+\\d").matcher(s).find());

            tmux.send("Enter");
            tmux.awaitText("tasks(web)", SLOW);
            tmux.await("a running web task", SLOW, s -> s.contains("RUNNING"));

            tmux.type("l");
            screen = tmux.await("log lines of web", SLOW, s -> s.contains("logs web") && s.contains("GET "));
            assertThat(screen).contains("FOLLOW");

            tmux.send("Escape", "Escape");
            tmux.awaitText("services(prod)", SLOW);
            tmux.type("s");
            tmux.awaitText("Scale web", SLOW);
            tmux.send("C-u");
            tmux.type("4");
            tmux.send("Enter");
            tmux.awaitText("Apply?", SLOW);
            tmux.type("y");
            tmux.await("the rollout to settle", SLOW, s -> s.contains("✔") || s.contains("4/4 running"));
            tmux.send("Escape");
            screen = tmux.await("web running 4", SLOW, s -> Pattern.compile("web\\s+4\\s+4").matcher(s).find());
            assertThat(screen).doesNotContain("Exception");
            tmux.send("C-c");
        }
        assertThat(Files.readString(log)).doesNotContain("ERROR");
        assertThat(Files.readString(stderr)).as("nothing may write to the terminal but the UI").isEmpty();
    }
}
