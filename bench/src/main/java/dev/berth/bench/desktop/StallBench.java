package dev.berth.bench.desktop;

import dev.berth.core.Session;
import dev.berth.core.keymap.Keymap;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceRow;
import dev.berth.desktop.app.MainView;
import dev.berth.desktop.app.MainViewModel;
import dev.berth.desktop.fx.FxSchedulers;
import dev.berth.desktop.fx.Theme;
import dev.berth.desktop.testing.FakeSession;
import dev.berth.desktop.testing.Fixtures;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The desktop's FX-thread and heap benchmark: the real window with 5,000 services refreshing every
 * second (and their on-screen rows' metrics), scrolled around, then a service's logs fed 100,000
 * lines. Reports the longest FX-thread stall and the heap. Run under Xvfb for a real GTK window:
 * the command is in docs/benchmarks.md.
 */
public final class StallBench {
    private StallBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean onSandbox = args.length > 0 && args[0].equals("sandbox");
        int first = onSandbox ? 1 : 0;
        int services = args.length > first ? Integer.parseInt(args[first]) : 5_000;
        int seconds = args.length > first + 1 ? Integer.parseInt(args[first + 1]) : 30;
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();

        FakeSession fake = FakeSession.sandbox();
        Random random = new Random(7);
        Process sandbox = null;
        Session session;
        String cluster;
        if (onSandbox) {
            // The sandbox runs in its own JVM so the heap measured here is the app's alone.
            sandbox = SandboxProcess.start(services);
            session = SandboxProcess.open(sandbox);
            cluster = "cluster-01";
        } else {
            Fixtures.populate(fake);
            fake.push("services/prod", rows(services, random));
            session = fake;
            cluster = "prod";
        }
        // Without new data from the fake, nothing refreshes; the real core polls by itself.
        Runnable refresh = onSandbox ? () -> { } : () -> fake.push("services/prod", rows(services, random));
        MainViewModel[] vm = new MainViewModel[1];
        MainView[] view = new MainView[1];
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            vm[0] = new MainViewModel(Keymap.defaults(), o -> session, FxSchedulers.fx(), Schedulers.io(), Clock.systemUTC());
            view[0] = new MainView(vm[0]);
            Stage stage = new Stage();
            stage.setTitle("Berth bench");
            stage.setScene(view[0].scene(Theme.LIGHT, 1360, 860));
            stage.show();
            vm[0].sessionProperty().addListener((o, a, b) -> vm[0].startAt(cluster, null));
            vm[0].connect(dev.berth.core.context.ConnectOptions.defaults());
            shown.complete(null);
        });
        shown.get(30, TimeUnit.SECONDS);
        long loading = System.nanoTime();
        while (!listed(vm[0], services) && System.nanoTime() - loading < TimeUnit.SECONDS.toNanos(120)) {
            Thread.sleep(200);
        }
        System.out.printf("list of %,d services on screen after %.1f s%n", services, (System.nanoTime() - loading) / 1e9);
        Thread.sleep(3_000);

        FxStallProbe probe = new FxStallProbe();
        probe.watch(view[0].getScene());
        probe.start();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.out.printf("machine: %d cores, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Platform.runLater(() -> view[0].table().table().scrollTo(services / 2));
        Thread.sleep(1_000);

        // Refreshing only: the list stays where it is, every service is re-described every second.
        probe.reset();
        long peakHeap = 0;
        for (int i = 0; i < seconds; i++) {
            refresh.run();
            Thread.sleep(1_000);
            peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
        }
        System.out.printf("services: %,d rows, %s, for %d s%n", services,
                onSandbox ? "the core polling the sandbox at its own pace" : "all re-described every 1 s", seconds);
        System.out.println("services, refreshing: " + probe.report());

        // Refreshing while the operator jumps around: scroll far and select a row (a new detail) every second.
        probe.reset();
        for (int tick = 0; tick < seconds; tick++) {
            refresh.run();
            int at = (tick * 397) % services;
            Platform.runLater(() -> {
                TableView<?> t = view[0].table().table();
                t.scrollTo(at);
                t.getSelectionModel().clearAndSelect(at);
            });
            Thread.sleep(1_000);
            peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
        }
        System.out.println("services, refreshing + a scroll and a new selection every second: " + probe.report());
        System.gc();
        Thread.sleep(500);
        System.out.printf("services: heap used %.0f MB after GC, peak sampled %.0f MB%n",
                memory.getHeapMemoryUsage().getUsed() / 1e6, peakHeap / 1e6);

        if (onSandbox) {
            probe.close();
            session.close();
            sandbox.destroy();
            Platform.exit();
            System.exit(0);
        }

        // Logs: 100,000 lines in batches while following, then scrolling through them (timed once the tab is up).
        Platform.runLater(() -> {
            view[0].table().table().getSelectionModel().clearAndSelect(0);
            vm[0].run(dev.berth.core.keymap.Command.LOGS);
        });
        Thread.sleep(1_500);
        probe.reset();
        var lines = Fixtures.lines(100_000, System.currentTimeMillis() - 3_600_000);
        for (int i = 0; i < lines.size(); i += 2_000) {
            fake.lastTail().emit(lines.subList(i, i + 2_000));
            Thread.sleep(20);
        }
        for (int i = 0; i < 40; i++) {
            int row = (i * 7_919) % 100_000;
            Platform.runLater(() -> view[0].detailView().lookupAll("#log-lines").forEach(n ->
                    ((dev.berth.desktop.logs.LogLinesView) n).scrollTo(row)));
            fake.lastTail().emit(Fixtures.lines(100, System.currentTimeMillis()));
            Thread.sleep(100);
        }
        String logsReport = probe.report();
        System.gc();
        Thread.sleep(500);
        System.out.println("logs: 100,000 lines in 50 batches, then 40 jumps while 100 lines/100 ms arrive");
        System.out.println("logs: " + logsReport);
        System.out.printf("logs: heap used %.0f MB after GC%n", memory.getHeapMemoryUsage().getUsed() / 1e6);
        probe.close();
        Platform.exit();
        System.exit(0);
    }

    private static boolean listed(MainViewModel vm, int services) throws Exception {
        CompletableFuture<Boolean> f = new CompletableFuture<>();
        Platform.runLater(() -> f.complete(vm.pageProperty().get() != null && vm.pageProperty().get().list() != null
                && vm.pageProperty().get().list().rows().size() >= services));
        return f.get(30, TimeUnit.SECONDS);
    }

    /** 5,000 described services whose running counts move a little on every poll, like a live account. */
    static List<ServiceRow> rows(int n, Random random) {
        List<ServiceRow> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = String.format("svc-%04d", i);
            int desired = 1 + i % 4;
            int running = random.nextInt(10) == 0 ? Math.max(0, desired - 1) : desired;
            Service s = Fixtures.service("prod", name, name + ":" + (1 + i % 9), desired, running,
                    List.of(Fixtures.deployment("d-" + i, "PRIMARY", name + ":" + (1 + i % 9), desired, running,
                            running == desired ? "COMPLETED" : "IN_PROGRESS", Instant.parse("2026-01-01T00:00:00Z"))),
                    List.of());
            out.add(new ServiceRow(s.arn(), name, s));
        }
        return out;
    }
}
