package dev.berth.desktop.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.KeyChord;
import dev.berth.core.keymap.Keymap;
import dev.berth.core.keymap.Scope;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;

class KeyChordsTest {
    private static KeyEvent pressed(KeyCode code, boolean shift, boolean ctrl) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, ctrl, false, false);
    }

    private static KeyEvent typed(String ch) {
        return new KeyEvent(KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED, false, false, false, false);
    }

    private final Keymap keymap = Keymap.defaults();

    private Optional<Command> command(KeyEvent e, Scope scope) {
        return KeyChords.of(e).flatMap(c -> keymap.command(c, scope));
    }

    @Test
    void namedKeysAndCtrlCombinationsComeFromKeyPressed() {
        assertThat(command(pressed(KeyCode.ENTER, false, false), Scope.LIST)).contains(Command.OPEN);
        assertThat(command(pressed(KeyCode.ESCAPE, false, false), Scope.LIST)).contains(Command.BACK);
        assertThat(command(pressed(KeyCode.K, false, true), Scope.LIST)).contains(Command.STOP_TASK);
        assertThat(command(pressed(KeyCode.R, false, true), Scope.LIST)).contains(Command.REFRESH);
        assertThat(command(pressed(KeyCode.S, false, true), Scope.LOGS)).contains(Command.SAVE);
        assertThat(command(pressed(KeyCode.ENTER, false, false), Scope.LOGS)).contains(Command.JUMP_TO_TASK);
    }

    @Test
    void printableKeysComeFromKeyTypedWithTheirCharacter() {
        assertThat(command(typed(":"), Scope.LIST)).contains(Command.COMMAND);
        assertThat(command(typed("?"), Scope.LIST)).contains(Command.HELP);
        assertThat(command(typed("O"), Scope.LIST)).contains(Command.SORT_REVERSE);
        assertThat(command(typed("T"), Scope.LOGS)).contains(Command.TIMESTAMPS);
        assertThat(command(typed("s"), Scope.LIST)).contains(Command.SCALE);
        assertThat(command(typed("s"), Scope.LOGS)).as("scale is a list key").isEmpty();
        assertThat(command(typed("3"), Scope.LOGS)).contains(Command.SINCE_15M);
    }

    @Test
    void aPlainLetterPressIsLeftToKeyTypedAndCtrlShiftPOpensThePalette() {
        assertThat(KeyChords.of(pressed(KeyCode.S, false, false))).isEmpty();
        assertThat(KeyChords.of(pressed(KeyCode.P, true, true))).contains(KeyChords.PALETTE);
        assertThat(KeyChords.of(typed("\u0013"))).as("control characters are not keys").isEmpty();
    }

    @Test
    void everyDefaultChordOfTheKeymapCanBeProducedByAKeyEvent() {
        for (Command c : Command.values()) {
            KeyChord chord = keymap.chord(c);
            KeyEvent e = chord.key() == KeyChord.Key.CHARACTER && !chord.ctrl() && !chord.alt()
                    ? typed(String.valueOf(chord.character()))
                    : pressed(chord.key() == KeyChord.Key.CHARACTER ? KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(chord.character())))
                    : KeyCode.valueOf(switch (chord.key()) {
                        case ESCAPE -> "ESCAPE";
                        case PAGE_UP -> "PAGE_UP";
                        case PAGE_DOWN -> "PAGE_DOWN";
                        case BACKSPACE -> "BACK_SPACE";
                        default -> chord.key().name();
                    }), chord.shift(), chord.ctrl());
            assertThat(KeyChords.of(e)).as(c.id()).contains(chord);
        }
    }
}
