package dev.berth.bench.tui;

import dev.berth.core.model.Service;
import dev.berth.tui.support.FakeSession;
import dev.berth.tui.support.Fixtures;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A fake session with one cluster of N services that "refreshes" (a new snapshot of every row)
 * at a fixed pace from another thread, as the core's watcher would: for measuring the UI's own
 * cost without the network.
 */
public final class BigCluster {
    private BigCluster() {
    }

    public static FakeSession start(int services, long refreshMillis) {
        Clock clock = Clock.systemUTC();
        FakeSession s = new FakeSession(clock, false);
        s.clusters.onNext(dev.berth.core.watch.Snapshot.of(List.of(Fixtures.cluster("big", services, services)), clock.instant()));
        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fake-refresh");
            t.setDaemon(true);
            return t;
        });
        int[] round = {0};
        // Unchanged services come back as equal records, as from the core; a few change each round.
        java.time.Instant base = clock.instant();
        Runnable refresh = () -> {
            List<Service> list = new ArrayList<>(services);
            for (int i = 0; i < services; i++) {
                int running = (i + round[0]) % 17 == 0 ? 1 : 2;
                list.add(Fixtures.service("big", String.format("svc-%05d", i), 2, running,
                        running == 2 ? "COMPLETED" : "IN_PROGRESS", base));
            }
            round[0]++;
            s.setServices("big", list);
        };
        refresh.run();
        pace.scheduleAtFixedRate(refresh, refreshMillis, refreshMillis, TimeUnit.MILLISECONDS);
        return s;
    }
}
