package dev.berth.tui.cli;

import dev.berth.core.BerthException;
import dev.berth.core.actions.ActionRefused;
import dev.berth.core.watch.Problem;

/** The exit codes of every {@code berth} command, as {@code --help} lists them. */
public final class ExitCodes {
    public static final int OK = 0;
    /** AWS refused or failed, or a rollout failed. */
    public static final int FAILED = 1;
    /** Bad flags or values (nothing was sent). */
    public static final int USAGE = 2;
    /** A change was not made: read-only, not confirmed, or no terminal to ask and no --yes. */
    public static final int REFUSED = 3;
    /** The cluster, service or task does not exist. */
    public static final int NOT_FOUND = 4;
    /** No credentials, expired credentials, or access denied. */
    public static final int ACCESS = 5;
    /** The endpoint could not be reached, or AWS kept throttling. */
    public static final int UNREACHABLE = 6;


    private ExitCodes() {
    }

    public static int of(Throwable e) {
        if (e instanceof ActionRefused) {
            return REFUSED;
        }
        if (e instanceof IllegalArgumentException) {
            return USAGE;
        }
        if (e instanceof BerthException b) {
            return of(b.kind());
        }
        return FAILED;
    }

    public static int of(Problem.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> NOT_FOUND;
            case ACCESS_DENIED, EXPIRED_CREDENTIALS, NO_CREDENTIALS -> ACCESS;
            case UNREACHABLE, THROTTLED -> UNREACHABLE;
            case INVALID -> USAGE;
            default -> FAILED;
        };
    }
}
