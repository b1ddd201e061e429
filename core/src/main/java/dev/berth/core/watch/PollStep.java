package dev.berth.core.watch;

import java.util.function.Consumer;

/**
 * One poll of a slice: a blocking fetch that may hand over partial values on the way (a service
 * list after ListServices, then after the visible rows are described) before its final answer.
 * Failures are thrown as {@link dev.berth.core.BerthException}s; the slice keeps its old value.
 */
@FunctionalInterface
public interface PollStep<T> {
    T poll(T previous, Consumer<T> partial);
}
