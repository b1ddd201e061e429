package dev.berth.core.keymap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KeymapTest {
    @Test
    void theDefaultsHaveNoClash() {
        Keymap keys = Keymap.defaults();
        for (Command c : Command.values()) {
            assertThat(keys.command(keys.chord(c), c.scope())).as(c.id()).contains(c);
        }
    }

    @Test
    void anOverrideMovesACommandAndFreesItsOldKey() {
        Keymap keys = Keymap.withOverrides(Map.of("stop-task", "ctrl-x"));
        assertThat(keys.command(KeyChord.ctrl('x'), Scope.LIST)).contains(Command.STOP_TASK);
        assertThat(keys.command(KeyChord.ctrl('k'), Scope.LIST)).isEmpty();
    }

    @Test
    void clashesAndUnknownIdsAreRefusedByName() {
        assertThatThrownBy(() -> Keymap.withOverrides(Map.of("logs", "s")))
                .hasMessageContaining("'s' is bound to both");
        assertThatThrownBy(() -> Keymap.withOverrides(Map.of("nope", "x"))).hasMessage("keys: unknown command 'nope'");
        assertThatThrownBy(() -> Keymap.withOverrides(Map.of("logs", "hyper-q"))).hasMessageStartingWith("keys.logs:");
    }

    @Test
    void scopedKeysMayRepeatAcrossScopesButNotOverGlobalOnes() {
        assertThat(Keymap.withOverrides(Map.of("follow", "s")).command(KeyChord.of('s'), Scope.LOGS)).contains(Command.FOLLOW);
        assertThatThrownBy(() -> Keymap.withOverrides(Map.of("follow", "?"))).hasMessageContaining("help");
    }

    @Test
    void readOnlyDropsMutatingCommands() {
        assertThat(Keymap.defaults().commands(Scope.LIST, true)).noneMatch(Command::mutating)
                .contains(Command.LOGS, Command.HELP);
        assertThat(Keymap.defaults().commands(Scope.LIST, false)).contains(Command.SCALE, Command.STOP_TASK);
    }

    @Test
    void chordsReadBackAsWritten() {
        for (String n : new String[] {"ctrl-k", "enter", "esc", "?", "T", "shift-tab", "f5", "pgdn", "space", "alt-x"}) {
            assertThat(KeyChord.parse(n).toString()).isEqualTo(n);
        }
        assertThat(KeyChord.parse("shift-t")).isEqualTo(KeyChord.of('T'));
    }
}
