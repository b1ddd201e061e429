package dev.berth.sandbox.logs.pattern;

/** A filter pattern that does not parse; the message says where and why, for tests and logs. */
public final class InvalidFilterPatternException extends IllegalArgumentException {
    public InvalidFilterPatternException(String message) {
        super(message);
    }
}
