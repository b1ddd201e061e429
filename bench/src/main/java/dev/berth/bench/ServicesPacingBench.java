package dev.berth.bench;

import dev.berth.core.Session;
import dev.berth.core.model.ServiceRow;
import dev.berth.core.watch.Snapshot;
import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxOptions;
import io.reactivex.rxjava3.disposables.Disposable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The services view of a big cluster under AWS-like rate limits (the sandbox's token buckets: 20
 * calls/s, burst 50, per operation): how long until the names are listed, the rows on screen are
 * described, and every row is; then how many calls one refresh of the unchanged view costs, per
 * visible-pace tick and per manual refresh, against the fewest batches what is on screen needs.
 * Arguments: {@code [services] [visibleRows]} (default 2000 20). Run with {@code bench/run-core-bench.sh}.
 */
public final class ServicesPacingBench {
    private ServicesPacingBench() {
    }

    public static void main(String[] args) throws Exception {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int visibleRows = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        SandboxOptions options = SandboxOptions.defaults().withScenario("sized")
                .withSize(new SandboxOptions.Size(1, services, 0)).withRateLimits(true);
        try (Sandbox sandbox = Sandbox.start(options); Session session = BenchSessions.open(sandbox.endpoint())) {
            SandboxControl control = new SandboxControl(sandbox.endpoint());
            String cluster = session.clusters().filter(s -> s.hasValue() && !s.value().isEmpty())
                    .blockingFirst().value().get(0).name();
            control.delete("requests");

            java.util.concurrent.atomic.AtomicBoolean throttled = new java.util.concurrent.atomic.AtomicBoolean();
            Disposable status = session.status().subscribe(st -> throttled.compareAndSet(false, st.throttled()));
            AtomicLong names = new AtomicLong();
            AtomicLong visibleDone = new AtomicLong();
            AtomicLong allDone = new AtomicLong();
            AtomicReference<Set<String>> onScreen = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            long start = System.nanoTime();
            Disposable view = session.services(cluster).subscribe(s -> {
                List<ServiceRow> rows = s.value();
                if (rows == null || rows.size() < services) {
                    return;
                }
                long t = System.nanoTime() - start;
                if (onScreen.get() == null) {
                    // What a UI does once the names arrive: report the rows it shows.
                    names.set(t);
                    List<String> middle = rows.subList(services / 2, services / 2 + visibleRows).stream()
                            .map(ServiceRow::name).toList();
                    onScreen.set(Set.copyOf(middle));
                    session.visible(cluster, middle);
                }
                if (visibleDone.get() == 0 && rows.stream().filter(r -> onScreen.get().contains(r.name())).allMatch(ServiceRow::described)) {
                    visibleDone.set(t);
                }
                if (allDone.get() == 0 && rows.stream().allMatch(ServiceRow::described)) {
                    allDone.set(t);
                    done.countDown();
                }
            });
            if (!done.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not all services were described within 120 s");
            }
            long listCalls = control.count("ecs:ListServices");
            long describeCalls = control.count("ecs:DescribeServices");
            double floor = floorSeconds(describeCalls, 20, 50);

            control.delete("requests");
            Thread.sleep(5_500);
            long tickDescribe = control.count("ecs:DescribeServices");
            long tickList = control.count("ecs:ListServices");
            control.delete("requests");
            session.refresh();
            Thread.sleep(2_000);
            long refreshDescribe = control.count("ecs:DescribeServices");
            long refreshList = control.count("ecs:ListServices");
            view.dispose();
            status.dispose();

            int minimum = (visibleRows + 9) / 10;
            System.out.printf(Locale.ROOT, "%n| services view, %d services, %d on screen, sandbox rate limits on | value | target |%n",
                    services, visibleRows);
            System.out.println("|---|---|---|");
            System.out.printf(Locale.ROOT, "| names listed (%d ListServices pages) | %.2f s | at once |%n", listCalls, names.get() / 1e9);
            System.out.printf(Locale.ROOT, "| rows on screen described | %.2f s | < 1 s |%n", visibleDone.get() / 1e9);
            System.out.printf(Locale.ROOT, "| all rows described (%d DescribeServices) | %.2f s | <= 1.2 x floor |%n",
                    describeCalls, allDone.get() / 1e9);
            System.out.printf(Locale.ROOT, "| rate-limit floor for %d DescribeServices (AWS: 20/s, burst 50) | %.2f s | |%n", describeCalls, floor);
            System.out.printf(Locale.ROOT, "| ratio to the floor | %.2f | <= 1.2 |%n", allDone.get() / 1e9 / floor);
            System.out.printf(Locale.ROOT, "| throttled by the sandbox at any time | %s | no |%n", throttled.get() ? "yes" : "no");
            System.out.printf(Locale.ROOT, "| calls in one visible-pace tick of the unchanged view | %d DescribeServices, %d ListServices | %d (minimum batches) |%n",
                    tickDescribe, tickList, minimum);
            System.out.printf(Locale.ROOT, "| calls in one manual refresh | %d DescribeServices, %d ListServices | %d + the listing |%n",
                    refreshDescribe, refreshList, minimum);
            System.out.println();
            System.out.println(BenchSessions.machine());
        }
    }

    /** Seconds a token bucket needs to allow {@code calls} calls. */
    static double floorSeconds(long calls, double perSecond, double burst) {
        return Math.max(0, calls - burst) / perSecond;
    }
}
