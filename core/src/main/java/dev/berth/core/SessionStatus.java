package dev.berth.core;

import dev.berth.core.watch.Problem;

/**
 * How the session's AWS traffic is doing, for the header: throttled right now, the last problem,
 * and calls in the last minute.
 */
public record SessionStatus(boolean throttled, Problem lastProblem, int callsLastMinute) {
}
