package dev.berth.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BerthPathsTest {
    @Test
    void homeIsTheEnvironmentsHomeLikeTheAwsCliUses() {
        assertThat(BerthPaths.home(Map.of("HOME", "/tmp/someone"))).isEqualTo(Path.of("/tmp/someone"));
        assertThat(BerthPaths.home(Map.of())).as("no HOME: Java's user.home").isEqualTo(Path.of(System.getProperty("user.home")));
        assertThat(BerthPaths.home(Map.of("HOME", "relative"))).isEqualTo(Path.of(System.getProperty("user.home")));
    }

    @Test
    void xdgDirectoriesWinOverTheHomeDefaults() {
        BerthPaths defaults = BerthPaths.from(Map.of(), Path.of("/home/op"));
        assertThat(defaults.configFile()).isEqualTo(Path.of("/home/op/.config/berth/config.yaml"));
        assertThat(defaults.auditLog()).isEqualTo(Path.of("/home/op/.local/state/berth/audit.jsonl"));
        BerthPaths xdg = BerthPaths.from(Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_STATE_HOME", "state-is-relative"), Path.of("/home/op"));
        assertThat(xdg.configDir()).isEqualTo(Path.of("/cfg/berth"));
        assertThat(xdg.stateDir()).as("relative XDG paths are ignored").isEqualTo(Path.of("/home/op/.local/state/berth"));
    }
}
