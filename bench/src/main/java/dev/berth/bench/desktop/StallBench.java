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
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();

        FakeSession session = FakeSession.sandbox();
        Fixtures.populate(session);
        Random random = new Random(7);
        session.push("services/prod", rows(services, random));
        MainViewModel[] vm = new MainViewModel[1];
        MainView[] view = new MainView[1];
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            vm[0] = new MainViewModel(Keymap.defaults(), o -> (Session) session, FxSchedulers.fx(), Schedulers.io(), Clock.systemUTC());
            view[0] = new MainView(vm[0]);
            Stage stage = new Stage();
            stage.setTitle("Berth bench");
            stage.setScene(view[0].scene(Theme.LIGHT, 1360, 860));
            stage.show();
            vm[0].connect(dev.berth.core.context.ConnectOptions.defaults());
            shown.complete(null);
        });
        shown.get(10, TimeUnit.SECONDS);
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
            session.push("services/prod", rows(services, random));
            Thread.sleep(1_000);
            peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
        }
        System.out.printf("services: %,d rows refreshed every 1 s for %d s%n", services, seconds);
        System.out.println("services, refreshing: " + probe.report());

        // Refreshing while the operator jumps around: scroll far and select a row (a new detail) every second.
        probe.reset();
        for (int tick = 0; tick < seconds; tick++) {
            session.push("services/prod", rows(services, random));
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

        // Logs: 100,000 lines in batches while following, then scrolling through them (timed once the tab is up).
        Platform.runLater(() -> {
            view[0].table().table().getSelectionModel().clearAndSelect(0);
            vm[0].run(dev.berth.core.keymap.Command.LOGS);
        });
        Thread.sleep(1_500);
        probe.reset();
        var lines = Fixtures.lines(100_000, System.currentTimeMillis() - 3_600_000);
        for (int i = 0; i < lines.size(); i += 2_000) {
            session.lastTail().emit(lines.subList(i, i + 2_000));
            Thread.sleep(20);
        }
        for (int i = 0; i < 40; i++) {
            int row = (i * 7_919) % 100_000;
            Platform.runLater(() -> view[0].detailView().lookupAll("#log-lines").forEach(n ->
                    ((javafx.scene.control.ListView<?>) n).scrollTo(row)));
            session.lastTail().emit(Fixtures.lines(100, System.currentTimeMillis()));
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
