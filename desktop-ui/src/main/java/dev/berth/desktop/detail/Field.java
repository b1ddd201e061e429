package dev.berth.desktop.detail;

import dev.berth.desktop.fx.Tone;

/** One labelled value of an overview ("Running", "2 of 3"), with its colour. */
public record Field(String label, String value, Tone tone) {
    public static Field of(String label, Object value) {
        return new Field(label, value == null ? "–" : value.toString(), Tone.NEUTRAL);
    }

    public static Field toned(String label, Object value, Tone tone) {
        return new Field(label, value == null ? "–" : value.toString(), tone);
    }
}
