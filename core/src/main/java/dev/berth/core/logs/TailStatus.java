package dev.berth.core.logs;

import dev.berth.core.watch.Problem;

/**
 * How a tail is doing: live (StartLiveTail) or polling (FilterLogEvents), paused, lines held, lines
 * dropped from the bounded buffer, and the last problem if any.
 */
public record TailStatus(Mode mode, boolean paused, int buffered, long dropped, Problem problem) {
    public enum Mode { STARTING, LIVE, POLLING, DONE }
}
