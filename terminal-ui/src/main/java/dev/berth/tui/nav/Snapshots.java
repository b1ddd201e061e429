package dev.berth.tui.nav;

import dev.berth.core.watch.Snapshot;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Derives snapshots from snapshots, keeping age, problem and staleness. */
public final class Snapshots {
    private Snapshots() {
    }

    public static <A, B> Snapshot<B> map(Snapshot<A> s, Function<A, B> f) {
        return new Snapshot<>(s.value() == null ? null : f.apply(s.value()), s.fetchedAt(), s.problem(), s.stale());
    }

    /** Both values combined once the first has one; the older age and the first problem win. */
    public static <A, B, C> Snapshot<C> combine(Snapshot<A> a, Snapshot<B> b, BiFunction<A, B, C> f) {
        if (a.value() == null) {
            return new Snapshot<>(null, a.fetchedAt(), a.problem() != null ? a.problem() : b.problem(), a.stale());
        }
        var at = a.fetchedAt();
        if (b.fetchedAt() != null && at != null && b.fetchedAt().isBefore(at)) {
            at = b.fetchedAt();
        }
        return new Snapshot<>(f.apply(a.value(), b.value()), at, a.problem() != null ? a.problem() : b.problem(),
                a.stale() || b.stale());
    }
}
