package dev.berth.bench;

import dev.berth.core.Session;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.ServiceRow;
import dev.berth.core.model.Task;
import dev.berth.core.watch.Snapshot;
import io.reactivex.rxjava3.disposables.CompositeDisposable;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The core's heap with a big account loaded: the sandbox runs in a child JVM (so its own heap does
 * not count), and this JVM opens a session and watches, for every cluster, the service list (every
 * row described) and the cluster-wide task list (every task described). Heap after GC is then what
 * the core, its snapshots and the SDK clients hold. Arguments: {@code [CLUSTERSxSERVICESxTASKS]}
 * (default 2x2500x10: 5,000 services, 50,000 tasks). Run with {@code bench/run-core-bench.sh}.
 */
public final class CoreHeapBench {
    private CoreHeapBench() {
    }

    public static void main(String[] args) throws Exception {
        String size = args.length > 0 ? args[0] : "2x2500x10";
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process sandbox = new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                "dev.berth.sandbox.SandboxCommand", "--scenario", "sized", "--size", size, "--port", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(new File(System.getProperty("java.io.tmpdir"), "berth-heap-bench-sandbox.log"))
                .start();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        try {
            SandboxControl control = new SandboxControl(endpoint);
            long deadline = System.nanoTime() + 180_000_000_000L;
            while (!control.answers()) {
                if (System.nanoTime() > deadline || !sandbox.isAlive()) {
                    throw new IllegalStateException("the sandbox did not start; see berth-heap-bench-sandbox.log in the temp dir");
                }
                Thread.sleep(250);
            }
            long before = BenchSessions.heapAfterGc();
            try (Session session = BenchSessions.open(endpoint)) {
                List<Cluster> clusters = session.clusters().filter(s -> s.hasValue() && !s.value().isEmpty())
                        .blockingFirst().value();
                Map<String, Integer> services = new ConcurrentHashMap<>();
                Map<String, Integer> tasks = new ConcurrentHashMap<>();
                CompositeDisposable watching = new CompositeDisposable();
                long start = System.nanoTime();
                for (Cluster c : clusters) {
                    watching.add(session.services(c.name()).subscribe(s -> count(s, services, c.name())));
                    watching.add(session.tasks(c.name(), null).subscribe(s -> countTasks(s, tasks, c.name())));
                }
                int wantServices = clusters.stream().mapToInt(Cluster::activeServices).sum();
                while (total(services) < wantServices || total(tasks) < clusters.stream().mapToInt(Cluster::runningTasks).sum()) {
                    if (System.nanoTime() - start > 600_000_000_000L) {
                        throw new IllegalStateException("not loaded in 10 min: " + services + " " + tasks);
                    }
                    Thread.sleep(500);
                }
                double loadSeconds = (System.nanoTime() - start) / 1e9;
                long after = BenchSessions.heapAfterGc();
                System.out.printf(Locale.ROOT, "%n| core heap, sized %s (%d services, %d tasks loaded) | value | target |%n",
                        size, total(services), total(tasks));
                System.out.println("|---|---|---|");
                System.out.printf(Locale.ROOT, "| time to load every service and task (no rate limits) | %.1f s | |%n", loadSeconds);
                System.out.printf(Locale.ROOT, "| heap after GC before the session | %d MiB | |%n", before >> 20);
                System.out.printf(Locale.ROOT, "| heap after GC, everything loaded and watched | %d MiB | < 300 MiB |%n", after >> 20);
                System.out.println();
                System.out.println(BenchSessions.machine());
                watching.dispose();
            }
        } finally {
            sandbox.destroy();
            sandbox.waitFor();
        }
    }

    private static void count(Snapshot<List<ServiceRow>> s, Map<String, Integer> into, String cluster) {
        if (s.hasValue()) {
            into.put(cluster, (int) s.value().stream().filter(ServiceRow::described).count());
        }
    }

    private static void countTasks(Snapshot<List<Task>> s, Map<String, Integer> into, String cluster) {
        if (s.hasValue()) {
            into.put(cluster, (int) s.value().stream().filter(t -> "RUNNING".equals(t.lastStatus())).count());
        }
    }

    private static int total(Map<String, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }
}
