package dev.berth.desktop.testing;

import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.awaitility.Awaitility;

/**
 * A stand-in UI thread for view-model tests on live slices: view models apply snapshots on it, and
 * the test reads their properties on it too, so neither sees the other half-way.
 */
public final class UiThread implements AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-ui");
        t.setDaemon(true);
        return t;
    });
    private final Scheduler scheduler = Schedulers.from(executor);

    public Scheduler scheduler() {
        return scheduler;
    }

    public <T> T call(Callable<T> c) {
        try {
            return executor.submit(c).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    public void run(Runnable r) {
        call(() -> {
            r.run();
            return null;
        });
    }

    /** Waits (up to a minute: the sandbox moves at its own pace) until the condition holds on this thread. */
    public void until(Callable<Boolean> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> call(condition));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
