package dev.berth.core.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * The latest known value of a slice: the value, when it was fetched, the last problem, and whether
 * it is stale. A failed poll keeps the old value and adds the problem, so a view never goes empty
 * because of one error.
 *
 * @param value     null only before the first successful fetch
 * @param fetchedAt when {@code value} was fetched; null before the first
 * @param problem   the last poll's problem, or null if it succeeded
 * @param stale     the value is older than its slice's pace allows (polls failing or delayed)
 */
public record Snapshot<T>(T value, Instant fetchedAt, Problem problem, boolean stale) {

    public static <T> Snapshot<T> loading() {
        return new Snapshot<>(null, null, null, false);
    }

    public static <T> Snapshot<T> of(T value, Instant fetchedAt) {
        return new Snapshot<>(value, fetchedAt, null, false);
    }

    public boolean hasValue() {
        return value != null;
    }

    /** This snapshot after a failed poll: same value, now with the problem and marked stale. */
    public Snapshot<T> failed(Problem p) {
        return new Snapshot<>(value, fetchedAt, p, true);
    }

    /** The same snapshot of a value derived from this one's (null stays null). */
    public <R> Snapshot<R> map(Function<T, R> f) {
        return new Snapshot<>(value == null ? null : f.apply(value), fetchedAt, problem, stale);
    }

    public Duration age(Instant now) {
        return fetchedAt == null ? null : Duration.between(fetchedAt, now);
    }
}
