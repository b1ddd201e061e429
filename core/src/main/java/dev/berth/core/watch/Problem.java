package dev.berth.core.watch;

import java.time.Instant;

/**
 * What went wrong with the last fetch of a slice, as one line a person can act on. Never a stack
 * trace: the details go to the log file.
 */
public record Problem(Kind kind, String message, Instant at) {
    public enum Kind {
        THROTTLED, ACCESS_DENIED, EXPIRED_CREDENTIALS, NO_CREDENTIALS, NOT_FOUND, UNREACHABLE, INVALID, OTHER
    }

    public Problem {
        if (kind == null || message == null || at == null) {
            throw new IllegalArgumentException("kind, message and at are required");
        }
    }
}
