package dev.berth.core.keymap;

import java.util.Locale;

/**
 * A key with modifiers, toolkit-free: {@code ctrl-k}, {@code enter}, {@code ?}, {@code shift-tab}.
 * Each UI maps its native key events to chords in one place. Printable keys carry their character
 * (so {@code T} already means shift-t and carries no shift flag).
 */
public record KeyChord(Key key, char character, boolean ctrl, boolean alt, boolean shift) {

    public enum Key {
        CHARACTER, ENTER, ESCAPE, TAB, BACKSPACE, DELETE, UP, DOWN, LEFT, RIGHT, PAGE_UP, PAGE_DOWN, HOME, END,
        F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12
    }

    public KeyChord {
        if (key == null) {
            throw new IllegalArgumentException("key is required");
        }
        if (key == Key.CHARACTER && character == 0) {
            throw new IllegalArgumentException("a character key needs its character");
        }
        if (key == Key.CHARACTER && ctrl) {
            character = Character.toLowerCase(character);
        }
    }

    public static KeyChord of(char c) {
        return new KeyChord(Key.CHARACTER, c, false, false, false);
    }

    public static KeyChord ctrl(char c) {
        return new KeyChord(Key.CHARACTER, c, true, false, false);
    }

    public static KeyChord of(Key key) {
        return new KeyChord(key, '\0', false, false, false);
    }

    /**
     * Parses the config/keymap notation: modifiers {@code ctrl-}, {@code alt-}, {@code shift-}
     * before a single character or a key name ({@code enter}, {@code esc}, {@code tab}, {@code up},
     * {@code pgdn}, {@code f5}, ...).
     */
    public static KeyChord parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty key");
        }
        boolean ctrl = false;
        boolean alt = false;
        boolean shift = false;
        String rest = text;
        while (rest.length() > 1) {
            String lower = rest.toLowerCase(Locale.ROOT);
            if (lower.startsWith("ctrl-")) {
                ctrl = true;
                rest = rest.substring(5);
            } else if (lower.startsWith("alt-")) {
                alt = true;
                rest = rest.substring(4);
            } else if (lower.startsWith("shift-")) {
                shift = true;
                rest = rest.substring(6);
            } else {
                break;
            }
        }
        if (rest.length() == 1) {
            char c = rest.charAt(0);
            if (shift && Character.isLetter(c)) {
                return new KeyChord(Key.CHARACTER, Character.toUpperCase(c), ctrl, alt, false);
            }
            return new KeyChord(Key.CHARACTER, c, ctrl, alt, shift);
        }
        Key key = switch (rest.toLowerCase(Locale.ROOT)) {
            case "enter", "return" -> Key.ENTER;
            case "esc", "escape" -> Key.ESCAPE;
            case "tab" -> Key.TAB;
            case "backspace" -> Key.BACKSPACE;
            case "delete", "del" -> Key.DELETE;
            case "up" -> Key.UP;
            case "down" -> Key.DOWN;
            case "left" -> Key.LEFT;
            case "right" -> Key.RIGHT;
            case "pgup", "pageup" -> Key.PAGE_UP;
            case "pgdn", "pagedown" -> Key.PAGE_DOWN;
            case "home" -> Key.HOME;
            case "end" -> Key.END;
            case "space" -> null;
            default -> {
                String lower = rest.toLowerCase(Locale.ROOT);
                if (lower.matches("f([1-9]|1[0-2])")) {
                    yield Key.valueOf(lower.toUpperCase(Locale.ROOT));
                }
                throw new IllegalArgumentException("unknown key '" + text + "'");
            }
        };
        if (key == null) {
            return new KeyChord(Key.CHARACTER, ' ', ctrl, alt, shift);
        }
        return new KeyChord(key, '\0', ctrl, alt, shift);
    }

    /** The notation {@link #parse} reads, e.g. {@code ctrl-k}; also what hint bars show. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (ctrl) {
            s.append("ctrl-");
        }
        if (alt) {
            s.append("alt-");
        }
        if (shift) {
            s.append("shift-");
        }
        if (key == Key.CHARACTER) {
            s.append(character == ' ' ? "space" : String.valueOf(character));
        } else {
            s.append(switch (key) {
                case ESCAPE -> "esc";
                case PAGE_UP -> "pgup";
                case PAGE_DOWN -> "pgdn";
                default -> key.name().toLowerCase(Locale.ROOT);
            });
        }
        return s.toString();
    }
}
