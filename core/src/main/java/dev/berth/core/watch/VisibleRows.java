package dev.berth.core.watch;

import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.subjects.PublishSubject;
import io.reactivex.rxjava3.subjects.Subject;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Which services of each cluster are on screen, as the UIs report them through {@code Session.visible}. */
public final class VisibleRows {
    private final Map<String, Set<String>> byCluster = new ConcurrentHashMap<>();
    private final Subject<String> changes = PublishSubject.<String>create().toSerialized();

    /** Replaces the cluster's visible set; announces the cluster when rows became visible that were not. */
    public void set(String cluster, Collection<String> services) {
        Set<String> now = Set.copyOf(services);
        Set<String> before = byCluster.put(cluster, now);
        if (before == null || !before.containsAll(now)) {
            changes.onNext(cluster);
        }
    }

    public Set<String> of(String cluster) {
        return byCluster.getOrDefault(cluster, Set.of());
    }

    /** Clusters whose visible set gained rows, so their slice can describe them at once. */
    public Observable<String> changes() {
        return changes;
    }
}
