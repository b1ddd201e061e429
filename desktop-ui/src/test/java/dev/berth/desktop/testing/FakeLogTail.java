package dev.berth.desktop.testing;

import dev.berth.core.logs.LogBatch;
import dev.berth.core.logs.LogQuery;
import dev.berth.core.logs.LogTail;
import dev.berth.core.logs.TailStatus;
import dev.berth.core.model.LogLine;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.processors.PublishProcessor;
import io.reactivex.rxjava3.subjects.BehaviorSubject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A log tail the test feeds by hand; it remembers pause/resume/close and what it was asked to save. */
public final class FakeLogTail implements LogTail {
    private final LogQuery query;
    private final PublishProcessor<LogBatch> batches = PublishProcessor.create();
    private final BehaviorSubject<TailStatus> status = BehaviorSubject.createDefault(
            new TailStatus(TailStatus.Mode.STARTING, false, 0, 0, null));
    private final List<LogLine> buffer = new CopyOnWriteArrayList<>();
    private volatile boolean paused;
    private volatile boolean closed;

    FakeLogTail(LogQuery query) {
        this.query = query;
    }

    /** Delivers lines as the core would: one batch, in time order. */
    public void emit(List<LogLine> lines) {
        buffer.addAll(lines);
        batches.onNext(new LogBatch(lines, false));
        status.onNext(new TailStatus(TailStatus.Mode.LIVE, paused, buffer.size(), 0, null));
    }

    public void reset(List<LogLine> lines) {
        buffer.clear();
        buffer.addAll(lines);
        batches.onNext(new LogBatch(lines, true));
    }

    @Override
    public LogQuery query() {
        return query;
    }

    @Override
    public Flowable<LogBatch> batches() {
        return batches.onBackpressureBuffer();
    }

    @Override
    public Observable<TailStatus> status() {
        return status;
    }

    @Override
    public void pause() {
        paused = true;
    }

    @Override
    public void resume() {
        paused = false;
    }

    @Override
    public void saveTo(Path file) throws IOException {
        Files.write(file, buffer.stream().map(l -> l.timestamp() + " " + l.taskId() + " " + l.message()).toList());
    }

    @Override
    public void close() {
        closed = true;
    }

    public boolean paused() {
        return paused;
    }

    public boolean closed() {
        return closed;
    }
}
