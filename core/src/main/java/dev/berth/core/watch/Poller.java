package dev.berth.core.watch;

import dev.berth.core.BerthException;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.ObservableEmitter;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.disposables.Disposable;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link PollStep} into a shared, paced slice: the first subscriber starts polling, later
 * ones share it ({@code replay(1)}), and polling stops {@code linger} after the last one leaves. A
 * nudge polls at once (or right after the running poll; nudges never pile up). Failures become
 * {@link Snapshot#failed} keeping the old value; the stream never errors. A slice started again
 * begins from the value it had when it stopped.
 */
public final class Poller {
    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);

    private Poller() {
    }

    /**
     * @param name     for logs and unexpected-failure messages
     * @param interval asked after each poll: the pause before the next
     * @param nudges   each item asks for a poll now (manual refresh, new visible rows)
     */
    public static <T> Observable<Snapshot<T>> slice(String name, PollStep<T> step, Supplier<Duration> interval,
                                                    Observable<?> nudges, Scheduler scheduler, Clock clock,
                                                    Duration linger) {
        AtomicReference<Snapshot<T>> memory = new AtomicReference<>(Snapshot.loading());
        Observable<Snapshot<T>> loop = Observable.create(emitter -> {
            Loop<T> l = new Loop<>(name, step, interval, scheduler.createWorker(), clock, memory, emitter);
            Disposable nudged = nudges.subscribe(x -> l.nudge(), e -> LOG.warn("nudges of {} failed", name, e));
            emitter.setCancellable(() -> {
                nudged.dispose();
                l.stop();
            });
            l.start();
        });
        Observable<Snapshot<T>> shared = loop.replay(1)
                .refCount(Math.max(0, linger.toMillis()), TimeUnit.MILLISECONDS, scheduler);
        return shared;
    }

    /** One run of polling, from the first subscriber until the linger after the last. */
    private static final class Loop<T> {
        private final String name;
        private final PollStep<T> step;
        private final Supplier<Duration> interval;
        private final Scheduler.Worker worker;
        private final Clock clock;
        private final AtomicReference<Snapshot<T>> memory;
        private final ObservableEmitter<Snapshot<T>> emitter;
        private boolean running;
        private boolean again;
        private boolean stopped;
        private Disposable next;

        Loop(String name, PollStep<T> step, Supplier<Duration> interval, Scheduler.Worker worker, Clock clock,
             AtomicReference<Snapshot<T>> memory, ObservableEmitter<Snapshot<T>> emitter) {
            this.name = name;
            this.step = step;
            this.interval = interval;
            this.worker = worker;
            this.clock = clock;
            this.memory = memory;
            this.emitter = emitter;
        }

        synchronized void start() {
            emitter.onNext(memory.get());
            next = worker.schedule(this::run);
        }

        synchronized void nudge() {
            if (stopped) {
                return;
            }
            if (running) {
                again = true;
                return;
            }
            if (next != null) {
                next.dispose();
            }
            next = worker.schedule(this::run);
        }

        synchronized void stop() {
            stopped = true;
            worker.dispose();
        }

        private void run() {
            synchronized (this) {
                if (stopped) {
                    return;
                }
                running = true;
            }
            Snapshot<T> out;
            try {
                T value = step.poll(memory.get().value(), this::partial);
                out = Snapshot.of(value, clock.instant());
            } catch (BerthException e) {
                out = memory.get().failed(new Problem(e.kind(), e.getMessage(), clock.instant()));
            } catch (RuntimeException e) {
                LOG.warn("polling {} failed unexpectedly", name, e);
                out = memory.get().failed(new Problem(Problem.Kind.OTHER,
                        "could not refresh " + name + " (" + e.getClass().getSimpleName() + "; see the log)", clock.instant()));
            }
            publish(out);
            synchronized (this) {
                running = false;
                if (stopped) {
                    return;
                }
                Duration pause = again ? Duration.ZERO : interval.get();
                again = false;
                next = worker.schedule(this::run, pause.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        private void partial(T value) {
            publish(Snapshot.of(value, clock.instant()));
        }

        private void publish(Snapshot<T> s) {
            memory.set(s);
            emitter.onNext(s);
        }
    }
}
