package dev.berth.core;

import dev.berth.core.watch.Problem;

/**
 * A failure a person must act on, with a one-line message fit for a terminal status line or a
 * window banner (no stack trace, no credentials). The cause keeps the details for the log file;
 * {@link #kind()} says what sort of trouble it is, so watchers can turn it into a {@link Problem}.
 */
public class BerthException extends RuntimeException {
    private final Problem.Kind kind;

    public BerthException(String message) {
        this(Problem.Kind.OTHER, message, null);
    }

    public BerthException(String message, Throwable cause) {
        this(Problem.Kind.OTHER, message, cause);
    }

    public BerthException(Problem.Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind == null ? Problem.Kind.OTHER : kind;
    }

    /** What kind of trouble this is (throttled, access denied, expired credentials, ...). */
    public Problem.Kind kind() {
        return kind;
    }
}
