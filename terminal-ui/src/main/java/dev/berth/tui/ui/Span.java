package dev.berth.tui.ui;

/** A run of text in one tone. */
public record Span(String text, Tone tone) {
    public Span {
        text = text == null ? "" : text;
        tone = tone == null ? Tone.NORMAL : tone;
    }

    public static Span of(String text) {
        return new Span(text, Tone.NORMAL);
    }
}
