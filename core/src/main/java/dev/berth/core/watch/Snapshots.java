package dev.berth.core.watch;

import java.time.Instant;
import java.util.function.BiFunction;

/**
 * Snapshots of slices made from other slices: a value once every part has one, fetched when the
 * oldest part was, the first part's problem, stale when any part is. A part without a value yet
 * leaves the result loading (or failed with that part's problem).
 */
public final class Snapshots {
    private Snapshots() {
    }

    /** Three parts into one. */
    @FunctionalInterface
    public interface Join3<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    /** Four parts into one. */
    @FunctionalInterface
    public interface Join4<A, B, C, D, R> {
        R apply(A a, B b, C c, D d);
    }

    public static <A, B, R> Snapshot<R> combine(Snapshot<A> a, Snapshot<B> b, BiFunction<A, B, R> join) {
        return combine(a, b, Snapshot.of(Boolean.TRUE, null), (x, y, z) -> join.apply(x, y));
    }

    public static <A, B, C, R> Snapshot<R> combine(Snapshot<A> a, Snapshot<B> b, Snapshot<C> c, Join3<A, B, C, R> join) {
        return combine(a, b, c, Snapshot.of(Boolean.TRUE, null), (w, x, y, z) -> join.apply(w, x, y));
    }

    public static <A, B, C, D, R> Snapshot<R> combine(Snapshot<A> a, Snapshot<B> b, Snapshot<C> c, Snapshot<D> d,
                                                      Join4<A, B, C, D, R> join) {
        Snapshot<?>[] parts = {a, b, c, d};
        Problem problem = null;
        boolean stale = false;
        Instant oldest = null;
        for (Snapshot<?> s : parts) {
            if (problem == null) {
                problem = s.problem();
            }
            stale |= s.stale();
            if (s.fetchedAt() != null && (oldest == null || s.fetchedAt().isBefore(oldest))) {
                oldest = s.fetchedAt();
            }
        }
        if (!a.hasValue() || !b.hasValue() || !c.hasValue() || !d.hasValue()) {
            return new Snapshot<>(null, null, problem, stale);
        }
        return new Snapshot<>(join.apply(a.value(), b.value(), c.value(), d.value()), oldest, problem, stale);
    }
}
