package dev.berth.tui.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.berth.core.keymap.KeyChord;
import dev.berth.core.keymap.KeyChord.Key;

/** The one place Lanterna key strokes become toolkit-free {@link KeyChord}s. */
public final class Chords {
    private Chords() {
    }

    /** The chord for a key stroke, or null for strokes Berth does not bind (mouse, cursor reports). */
    public static KeyChord of(KeyStroke k) {
        boolean ctrl = k.isCtrlDown();
        boolean alt = k.isAltDown();
        boolean shift = k.isShiftDown();
        Key key = switch (k.getKeyType()) {
            case Character -> Key.CHARACTER;
            case Enter -> Key.ENTER;
            case Escape -> Key.ESCAPE;
            case Tab -> Key.TAB;
            case ReverseTab -> {
                shift = true;
                yield Key.TAB;
            }
            case Backspace -> Key.BACKSPACE;
            case Delete -> Key.DELETE;
            case ArrowUp -> Key.UP;
            case ArrowDown -> Key.DOWN;
            case ArrowLeft -> Key.LEFT;
            case ArrowRight -> Key.RIGHT;
            case PageUp -> Key.PAGE_UP;
            case PageDown -> Key.PAGE_DOWN;
            case Home -> Key.HOME;
            case End -> Key.END;
            case F1 -> Key.F1;
            case F2 -> Key.F2;
            case F3 -> Key.F3;
            case F4 -> Key.F4;
            case F5 -> Key.F5;
            case F6 -> Key.F6;
            case F7 -> Key.F7;
            case F8 -> Key.F8;
            case F9 -> Key.F9;
            case F10 -> Key.F10;
            case F11 -> Key.F11;
            case F12 -> Key.F12;
            default -> null;
        };
        if (key == null) {
            return null;
        }
        if (key == Key.CHARACTER) {
            char c = k.getCharacter();
            // Printable characters carry their shift already ('T', '?'); only ctrl/alt stay flags.
            return new KeyChord(Key.CHARACTER, c, ctrl, alt, false);
        }
        return new KeyChord(key, '\0', ctrl, alt, shift);
    }

    /** The Lanterna stroke for a chord (tests type keys through this). */
    public static KeyStroke stroke(KeyChord c) {
        if (c.key() == Key.CHARACTER) {
            return new KeyStroke(c.character(), c.ctrl(), c.alt(), c.shift());
        }
        KeyType type = switch (c.key()) {
            case ENTER -> KeyType.Enter;
            case ESCAPE -> KeyType.Escape;
            case TAB -> c.shift() ? KeyType.ReverseTab : KeyType.Tab;
            case BACKSPACE -> KeyType.Backspace;
            case DELETE -> KeyType.Delete;
            case UP -> KeyType.ArrowUp;
            case DOWN -> KeyType.ArrowDown;
            case LEFT -> KeyType.ArrowLeft;
            case RIGHT -> KeyType.ArrowRight;
            case PAGE_UP -> KeyType.PageUp;
            case PAGE_DOWN -> KeyType.PageDown;
            case HOME -> KeyType.Home;
            case END -> KeyType.End;
            default -> KeyType.valueOf("F" + c.key().name().substring(1));
        };
        return new KeyStroke(type, c.ctrl(), c.alt(), c.shift());
    }
}
