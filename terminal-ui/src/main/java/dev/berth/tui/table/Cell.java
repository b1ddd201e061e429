package dev.berth.tui.table;

import dev.berth.tui.ui.Tone;

/** One cell of a resource table: its text and what it means (the palette picks the colour). */
public record Cell(String text, Tone tone) {
    public static final Cell EMPTY = new Cell("", Tone.NORMAL);

    public Cell {
        text = text == null ? "" : text;
        tone = tone == null ? Tone.NORMAL : tone;
    }

    public static Cell of(Object text) {
        return new Cell(text == null ? "-" : text.toString(), Tone.NORMAL);
    }

    public static Cell of(Object text, Tone tone) {
        return new Cell(text == null ? "-" : text.toString(), tone);
    }
}
