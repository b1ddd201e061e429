package dev.berth.desktop.fx;

import io.reactivex.rxjava3.core.Scheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Gathers items arriving on any thread and hands them to the UI thread in one batch per UI turn,
 * so a burst of thousands of log lines costs one list change, not thousands of runLater calls.
 */
public final class Coalescer<T> {
    private final Scheduler ui;
    private final Consumer<List<T>> sink;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private List<T> pending = new ArrayList<>();

    public Coalescer(Scheduler ui, Consumer<List<T>> sink) {
        this.ui = ui;
        this.sink = sink;
    }

    public void add(List<? extends T> items) {
        synchronized (this) {
            pending.addAll(items);
        }
        if (scheduled.compareAndSet(false, true)) {
            ui.scheduleDirect(this::drain);
        }
    }

    private void drain() {
        scheduled.set(false);
        List<T> batch;
        synchronized (this) {
            batch = pending;
            pending = new ArrayList<>();
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }
}
