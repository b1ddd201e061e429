package dev.berth.desktop.fx;

import dev.berth.core.keymap.KeyChord;
import dev.berth.core.keymap.KeyChord.Key;
import java.util.Map;
import java.util.Optional;
import javafx.event.EventType;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The one place where JavaFX key events become the core's {@link KeyChord}s. Named keys and
 * ctrl/alt combinations are read from KEY_PRESSED; printable characters from KEY_TYPED, so a
 * layout's own ':' or '?' works whatever keys produce it.
 */
public final class KeyChords {
    /** The desktop's second way to open the command palette, as in editors. */
    public static final KeyChord PALETTE = new KeyChord(Key.CHARACTER, 'p', true, false, true);
    /** Copy, as in every desktop application: in a table it copies the selected row (before the keymap sees it). */
    public static final KeyChord COPY = new KeyChord(Key.CHARACTER, 'c', true, false, false);
    /** ctrl-q closes the window, as desktop apps do; the keymap's quit key (ctrl-c) copies here instead. */
    public static final KeyChord CLOSE = new KeyChord(Key.CHARACTER, 'q', true, false, false);

    private static final Map<KeyCode, Key> NAMED = Map.ofEntries(
            Map.entry(KeyCode.ENTER, Key.ENTER), Map.entry(KeyCode.ESCAPE, Key.ESCAPE), Map.entry(KeyCode.TAB, Key.TAB),
            Map.entry(KeyCode.BACK_SPACE, Key.BACKSPACE), Map.entry(KeyCode.DELETE, Key.DELETE),
            Map.entry(KeyCode.UP, Key.UP), Map.entry(KeyCode.DOWN, Key.DOWN), Map.entry(KeyCode.LEFT, Key.LEFT),
            Map.entry(KeyCode.RIGHT, Key.RIGHT), Map.entry(KeyCode.PAGE_UP, Key.PAGE_UP),
            Map.entry(KeyCode.PAGE_DOWN, Key.PAGE_DOWN), Map.entry(KeyCode.HOME, Key.HOME), Map.entry(KeyCode.END, Key.END),
            Map.entry(KeyCode.F1, Key.F1), Map.entry(KeyCode.F2, Key.F2), Map.entry(KeyCode.F3, Key.F3),
            Map.entry(KeyCode.F4, Key.F4), Map.entry(KeyCode.F5, Key.F5), Map.entry(KeyCode.F6, Key.F6),
            Map.entry(KeyCode.F7, Key.F7), Map.entry(KeyCode.F8, Key.F8), Map.entry(KeyCode.F9, Key.F9),
            Map.entry(KeyCode.F10, Key.F10), Map.entry(KeyCode.F11, Key.F11), Map.entry(KeyCode.F12, Key.F12));

    private KeyChords() {
    }

    /** The chord an event stands for, or empty when the event is the other half of a key stroke. */
    public static Optional<KeyChord> of(KeyEvent e) {
        EventType<KeyEvent> type = e.getEventType();
        if (type == KeyEvent.KEY_PRESSED) {
            return pressed(e);
        }
        if (type == KeyEvent.KEY_TYPED) {
            return typed(e);
        }
        return Optional.empty();
    }

    private static Optional<KeyChord> pressed(KeyEvent e) {
        Key named = NAMED.get(e.getCode());
        if (named != null) {
            return Optional.of(new KeyChord(named, '\0', e.isControlDown(), e.isAltDown(), e.isShiftDown()));
        }
        if ((e.isControlDown() || e.isAltDown()) && (e.getCode().isLetterKey() || e.getCode().isDigitKey())) {
            char c = e.getCode().getChar().toLowerCase().charAt(0);
            return Optional.of(new KeyChord(Key.CHARACTER, c, e.isControlDown(), e.isAltDown(), e.isShiftDown()));
        }
        return Optional.empty();
    }

    private static Optional<KeyChord> typed(KeyEvent e) {
        String s = e.getCharacter();
        if (e.isControlDown() || e.isAltDown() || s == null || s.length() != 1) {
            return Optional.empty();
        }
        char c = s.charAt(0);
        if (Character.isISOControl(c)) {
            return Optional.empty();
        }
        return Optional.of(KeyChord.of(c));
    }
}
