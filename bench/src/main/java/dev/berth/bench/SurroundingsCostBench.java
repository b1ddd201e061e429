package dev.berth.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.core.Session;
import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxOptions;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.disposables.Disposable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the slices of a service's surroundings cost in AWS calls, on the demo account at real-time
 * speed with the default paces: per minute of triage across all clusters (which now also watches
 * target groups, Cloud Map registries, container instances and alarms), and per minute of one
 * service's full view (service, tasks, load balancing, discovery, alarms, cost). Calls are counted
 * by the sandbox, grouped by AWS service. Arguments: {@code [seconds] [service]} (default 120
 * storefront, a prod service with two target groups). Run with {@code bench/run-core-bench.sh}.
 */
public final class SurroundingsCostBench {
    private static final long WARM_UP_MILLIS = 15_000;

    private SurroundingsCostBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        String service = args.length > 1 ? args[1] : "storefront";
        System.out.printf(Locale.ROOT, "%n| calls per minute, demo account, default paces | ecs | elasticloadbalancing | servicediscovery"
                + " | monitoring | all |%n|---|---|---|---|---|---|%n");
        row("triage across all clusters", seconds, s -> s.triage(null));
        row("one service's full view (" + service + ")", seconds, s -> Observable.merge(List.of(s.service("prod", service),
                s.tasks("prod", service), s.loadBalancing("prod", service), s.discovery("prod", service),
                s.alarms("prod", service), s.cost("prod", service))));
        System.out.println();
        System.out.println(BenchSessions.machine());
    }

    private static void row(String what, int seconds, java.util.function.Function<Session, Observable<?>> watch) throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults()); Session session = BenchSessions.open(sandbox.endpoint())) {
            SandboxControl control = new SandboxControl(sandbox.endpoint());
            Disposable watching = watch.apply(session).subscribe(x -> { });
            Thread.sleep(WARM_UP_MILLIS);
            control.delete("requests");
            Thread.sleep(seconds * 1000L);
            Map<String, Long> byService = new TreeMap<>();
            long all = 0;
            var counts = control.get("requests").path("counts").properties();
            for (Map.Entry<String, JsonNode> e : counts) {
                byService.merge(e.getKey().substring(0, e.getKey().indexOf(':')), e.getValue().asLong(), Long::sum);
                all += e.getValue().asLong();
            }
            watching.dispose();
            double perMinute = 60.0 / seconds;
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %.0f |%n", what,
                    byService.getOrDefault("ecs", 0L) * perMinute, byService.getOrDefault("elasticloadbalancing", 0L) * perMinute,
                    byService.getOrDefault("servicediscovery", 0L) * perMinute, byService.getOrDefault("monitoring", 0L) * perMinute,
                    all * perMinute);
        }
    }
}
