package dev.berth.tui.ui;

import dev.berth.core.keymap.KeyChord;

/** A one-line text input for prompts (filter, command, desired count, confirmation). */
public final class LineEditor {
    private final StringBuilder text = new StringBuilder();

    public LineEditor(String initial) {
        text.append(initial == null ? "" : initial);
    }

    /** Applies an editing key; returns false for keys that are not editing (Enter, Esc, arrows...). */
    public boolean edit(KeyChord chord) {
        if (chord.key() == KeyChord.Key.BACKSPACE) {
            if (!text.isEmpty()) {
                text.setLength(text.length() - 1);
            }
            return true;
        }
        if (chord.key() == KeyChord.Key.CHARACTER && chord.ctrl() && chord.character() == 'u') {
            text.setLength(0);
            return true;
        }
        if (chord.key() == KeyChord.Key.CHARACTER && !chord.ctrl() && !chord.alt()) {
            text.append(chord.character());
            return true;
        }
        return false;
    }

    public String text() {
        return text.toString();
    }
}
