package dev.berth.core.logs;

import dev.berth.core.BerthException;
import dev.berth.core.watch.Problem;

/** The endpoint does not offer StartLiveTail (the sandbox, older emulators): poll instead. */
public final class LiveTailUnavailable extends BerthException {
    public LiveTailUnavailable(String message, Throwable cause) {
        super(Problem.Kind.INVALID, message, cause);
    }
}
