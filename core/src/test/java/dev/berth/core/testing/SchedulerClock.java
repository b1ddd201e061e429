package dev.berth.core.testing;

import io.reactivex.rxjava3.core.Scheduler;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

/** A clock that reads a scheduler's time, so a TestScheduler moves both timers and timestamps. */
public final class SchedulerClock extends Clock {
    private final Scheduler scheduler;
    private final Instant origin;

    public SchedulerClock(Scheduler scheduler, Instant origin) {
        this.scheduler = scheduler;
        this.origin = origin;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return origin.plusMillis(scheduler.now(TimeUnit.MILLISECONDS));
    }
}
