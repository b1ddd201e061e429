package dev.berth.core.logs;

import dev.berth.core.model.LogLine;
import io.reactivex.rxjava3.core.FlowableEmitter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One subscriber of a tail: lines wait here until the subscriber asks for more (backpressure), and
 * are handed over as one batch per request. A subscriber that falls more than {@code capacity}
 * lines behind gets a reset batch with the tail's buffer instead of an ever-growing queue.
 */
final class Outlet {
    private final FlowableEmitter<LogBatch> emitter;
    private final int capacity;
    private final Supplier<List<LogLine>> buffer;
    private List<LogLine> pending = new ArrayList<>();
    private boolean reset;

    Outlet(FlowableEmitter<LogBatch> emitter, int capacity, Supplier<List<LogLine>> buffer, List<LogLine> initial) {
        this.emitter = emitter;
        this.capacity = capacity;
        this.buffer = buffer;
        this.pending.addAll(initial);
        this.reset = true;
    }

    synchronized void offer(List<LogLine> lines) {
        if (pending.size() + lines.size() > capacity) {
            pending = new ArrayList<>(buffer.get());
            reset = true;
            return;
        }
        pending.addAll(lines);
    }

    /** Hands over what is waiting if the subscriber has asked for it (and delivery is not paused). */
    synchronized void drain(boolean paused) {
        if (paused || emitter.isCancelled() || emitter.requested() == 0 || (pending.isEmpty() && !reset)) {
            return;
        }
        LogBatch batch = new LogBatch(pending, reset);
        pending = new ArrayList<>();
        reset = false;
        emitter.onNext(batch);
    }

    synchronized void complete() {
        emitter.onComplete();
    }

    boolean cancelled() {
        return emitter.isCancelled();
    }
}
