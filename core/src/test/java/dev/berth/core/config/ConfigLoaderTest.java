package dev.berth.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.BerthException;
import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.KeyChord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private static final String FILE = "/home/op/.config/berth/config.yaml";

    private static BerthConfig parse(String yaml) {
        return ConfigLoader.parse(yaml, FILE);
    }

    private static String error(String yaml) {
        try {
            parse(yaml);
        } catch (BerthException e) {
            assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("at com.fasterxml");
            return e.getMessage();
        }
        throw new AssertionError("expected a failure for:\n" + yaml);
    }

    @Test
    void aMissingFileMeansDefaults(@TempDir Path dir) {
        BerthConfig c = ConfigLoader.load(dir.resolve("nope.yaml"));
        assertThat(c).isEqualTo(BerthConfig.defaults());
        assertThat(c.logs().bufferLines()).isEqualTo(100_000);
        assertThat(c.refresh().linger()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.theme()).isEqualTo(Theme.AUTO);
    }

    @Test
    void everySectionIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, """
                protectedContexts:
                  - prod@*
                  - "*@eu-central-1"
                refresh:
                  visible: 3s
                  background: 1m
                  linger: 0s
                logs:
                  bufferLines: 20000
                  pollInterval: 500ms
                triage:
                  belowDesiredFor: 5m
                  cpuPercent: 80
                theme: Dark
                keys:
                  stop-task: ctrl-x
                """);
        BerthConfig c = ConfigLoader.load(file);
        assertThat(c.protects("prod@us-east-1")).isTrue();
        assertThat(c.protects("dev@eu-central-1")).isTrue();
        assertThat(c.protects("dev@us-east-1")).isFalse();
        assertThat(c.refresh().visible()).isEqualTo(Duration.ofSeconds(3));
        assertThat(c.refresh().background()).isEqualTo(Duration.ofMinutes(1));
        assertThat(c.refresh().linger()).isZero();
        assertThat(c.refresh().afterChange()).as("unset keys keep their default").isEqualTo(Duration.ofSeconds(2));
        assertThat(c.logs().bufferLines()).isEqualTo(20_000);
        assertThat(c.logs().pollInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.triage().belowDesiredFor()).isEqualTo(Duration.ofMinutes(5));
        assertThat(c.triage().cpuPercent()).isEqualTo(80.0);
        assertThat(c.triage().memoryPercent()).isEqualTo(90.0);
        assertThat(c.theme()).isEqualTo(Theme.DARK);
        assertThat(c.keymap().chord(Command.STOP_TASK)).isEqualTo(KeyChord.ctrl('x'));
    }

    @Test
    void anUnknownKeyNamesFileLineAndKey() {
        assertThat(error("""
                refresh:
                  visible: 5s
                  backgrund: 30s
                """)).startsWith(FILE + " line 3: refresh.backgrund: unknown key").contains("background");
        assertThat(error("colour: dark\n")).startsWith(FILE + " line 1: colour: unknown key");
    }

    @Test
    void badValuesNameTheKeyAndWhatIsExpected() {
        assertThat(error("refresh:\n  visible: soon\n")).startsWith(FILE + " line 2: refresh.visible:")
                .contains("'soon' is not a duration");
        assertThat(error("logs:\n  bufferLines: lots\n")).startsWith(FILE + " line 2: logs.bufferLines:").contains("number");
        assertThat(error("logs:\n  bufferLines: 10\n")).startsWith(FILE + " line ").contains("logs: bufferLines must be between 1000 and 5000000");
        assertThat(error("theme: neon\n")).startsWith(FILE + " line 1: theme:").contains("auto light dark");
        assertThat(error("refresh:\n  visible: 1m\n  background: 10s\n")).contains("must not be shorter than visible");
        assertThat(error("protectedContexts: [prod]\n")).contains("profile@region");
    }

    @Test
    void keyOverridesAreCheckedWhenTheFileIsRead() {
        assertThat(error("keys:\n  launch-rockets: x\n")).isEqualTo(FILE + ": keys: unknown command 'launch-rockets'");
        assertThat(error("keys:\n  scale: r\n")).contains("'r' is bound to both").contains("scale").contains("redeploy");
    }

    @Test
    void malformedYamlIsOneLineToo() {
        assertThat(error("refresh:\n\tvisible: 5s\n")).startsWith(FILE + " line ").contains("malformed YAML");
    }

    @Test
    void durationsReadAndWriteTheSameWay() {
        for (String text : new String[] {"500ms", "5s", "2m", "1h", "1d"}) {
            assertThat(DurationText.format(DurationText.parse(text))).isEqualTo(text);
        }
        assertThatThrownBy(() -> DurationText.parse("5 minutes")).hasMessageContaining("write e.g. 500ms");
    }

    @Test
    void xdgDirectoriesAreHonouredAndRelativeOnesIgnored() {
        Path home = Path.of("/home/op");
        BerthPaths xdg = BerthPaths.from(Map.of("XDG_CONFIG_HOME", "/etc/xdg-op", "XDG_STATE_HOME", "relative/state"), home);
        assertThat(xdg.configFile()).isEqualTo(Path.of("/etc/xdg-op/berth/config.yaml"));
        assertThat(xdg.auditLog()).isEqualTo(Path.of("/home/op/.local/state/berth/audit.jsonl"));
    }
}
