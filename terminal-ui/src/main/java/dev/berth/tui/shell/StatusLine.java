package dev.berth.tui.shell;

import dev.berth.tui.ui.Tone;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The one-line message above the hint bar: what just happened, or what went wrong, in one line.
 * Messages fade after a while so a stale error does not look current. UI thread only.
 */
public final class StatusLine {
    private static final Duration SHOWN_FOR = Duration.ofSeconds(8);

    private final Clock clock;
    private String text;
    private Tone tone = Tone.NORMAL;
    private Instant at = Instant.MIN;
    private Runnable onChange = () -> { };

    public StatusLine(Clock clock) {
        this.clock = clock;
    }

    void onChange(Runnable r) {
        onChange = r;
    }

    public void info(String message) {
        set(message, Tone.GOOD);
    }

    /** Something the person did that deserves attention (values revealed, a switch under way). */
    public void warn(String message) {
        set(message, Tone.WARN);
    }

    public void error(String message) {
        set(message, Tone.BAD);
    }

    private void set(String message, Tone t) {
        text = message;
        tone = t;
        at = clock.instant();
        onChange.run();
    }

    /** The current message, or null once it has faded. */
    public String text() {
        return text != null && clock.instant().isBefore(at.plus(SHOWN_FOR)) ? text : null;
    }

    public Tone tone() {
        return tone;
    }
}
