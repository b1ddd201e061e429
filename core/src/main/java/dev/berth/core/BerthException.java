package dev.berth.core;

/**
 * A failure a person must act on, with a one-line message fit for a terminal status line or a
 * window banner (no stack trace, no credentials). The cause keeps the details for the log file.
 */
public class BerthException extends RuntimeException {
    public BerthException(String message) {
        super(message);
    }

    public BerthException(String message, Throwable cause) {
        super(message, cause);
    }
}
