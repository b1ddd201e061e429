package dev.berth.tui.cli;

import dev.berth.core.BerthException;
import dev.berth.core.Session;
import dev.berth.core.model.ServiceRow;
import dev.berth.core.watch.Problem;
import dev.berth.core.watch.Snapshot;
import io.reactivex.rxjava3.core.Observable;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Turns a slice into one answer for a script: the first snapshot that is good enough, or one clear error. */
final class Await {
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Await() {
    }

    /**
     * Lists the cluster's services and marks every one wanted, so each is described at once rather
     * than at the background pace of rows off screen: a script wants them all.
     */
    static void wantAllServices(Session session, String cluster) {
        session.visible(cluster, first(session.services(cluster)).stream().map(ServiceRow::name).toList());
    }

    static <T> T first(Observable<Snapshot<T>> slice) {
        return first(slice, v -> true);
    }

    /** The first value that passes {@code ready}; a problem before any value fails with its kind. */
    static <T> T first(Observable<Snapshot<T>> slice, Predicate<T> ready) {
        try {
            Snapshot<T> s = slice
                    .filter(x -> (x.hasValue() && ready.test(x.value())) || (!x.hasValue() && x.problem() != null))
                    .timeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .blockingFirst();
            if (!s.hasValue()) {
                Problem p = s.problem();
                throw new BerthException(p.kind(), p.message(), null);
            }
            return s.value();
        } catch (NoSuchElementException e) {
            throw new BerthException(Problem.Kind.OTHER, "no answer from AWS", e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof java.util.concurrent.TimeoutException) {
                throw new BerthException(Problem.Kind.UNREACHABLE, "no answer within " + TIMEOUT.toSeconds() + " s", e);
            }
            throw e;
        }
    }
}
