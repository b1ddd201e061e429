package dev.berth.tui.ui;

/** What a piece of text means, not how it looks: the {@link Palette} turns a tone into colours per terminal. */
public enum Tone {
    NORMAL, DIM, STRONG, GOOD, WARN, BAD, ACCENT, HEADER, SELECTED, BADGE_SANDBOX, BADGE_READ_ONLY, BADGE_THROTTLED
}
