package dev.berth.core.watch;

import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.subjects.PublishSubject;
import io.reactivex.rxjava3.subjects.Subject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Services an action just changed: their slices poll at the after-change pace until the rollout
 * settles (the tracker ends the boost) or the settle timeout passes.
 */
public final class Boosts {
    private final Map<String, Instant> until = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Subject<String> started = PublishSubject.<String>create().toSerialized();

    public Boosts(Clock clock) {
        this.clock = clock;
    }

    public void boost(String cluster, String service, Instant deadline) {
        until.put(key(cluster, service), deadline);
        started.onNext(key(cluster, service));
    }

    /** {@code cluster/service} of each boost as it starts, so the touched slices poll at once. */
    public Observable<String> started() {
        return started;
    }

    /** True when a boost of {@code key} concerns the slice of (cluster, service); a null service means the whole cluster. */
    public static boolean concerns(String key, String cluster, String service) {
        return service == null ? key.startsWith(cluster + "/") : key.equals(key(cluster, service));
    }

    public void end(String cluster, String service) {
        until.remove(key(cluster, service));
    }

    /** True while the service (or, with {@code service} null, any service of the cluster) is boosted. */
    public boolean active(String cluster, String service) {
        Instant now = clock.instant();
        until.values().removeIf(now::isAfter);
        if (service != null) {
            return until.containsKey(key(cluster, service));
        }
        String prefix = cluster + "/";
        return until.keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }

    private static String key(String cluster, String service) {
        return cluster + "/" + service;
    }
}
