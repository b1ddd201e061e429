package dev.berth.core.actions;

/**
 * An action Berth will not send to AWS, with the one-line reason a person sees: bad input,
 * read-only mode, a protected context without the typed confirmation, a stale preview.
 */
public final class ActionRefused extends RuntimeException {
    public ActionRefused(String message) {
        super(message, null, false, false);
    }
}
