package dev.berth.tui.support;

import dev.berth.core.logs.LogBatch;
import dev.berth.core.logs.LogQuery;
import dev.berth.core.logs.LogTail;
import dev.berth.core.logs.TailStatus;
import dev.berth.core.model.LogLine;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.processors.ReplayProcessor;
import io.reactivex.rxjava3.subjects.BehaviorSubject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A log tail the test feeds by hand; it records pause, resume, close and saves. */
public final class FakeLogTail implements LogTail {
    private final LogQuery query;
    private final ReplayProcessor<LogBatch> batches = ReplayProcessor.create();
    public final BehaviorSubject<TailStatus> status = BehaviorSubject.createDefault(new TailStatus(TailStatus.Mode.POLLING, false, 0, 0, null));
    public final List<LogLine> held = new CopyOnWriteArrayList<>();
    public boolean paused;
    public boolean closed;

    FakeLogTail(LogQuery query) {
        this.query = query;
    }

    public void emit(List<LogLine> lines) {
        held.addAll(lines);
        batches.onNext(new LogBatch(lines, false));
    }

    @Override
    public LogQuery query() {
        return query;
    }

    @Override
    public Flowable<LogBatch> batches() {
        return batches;
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
        Files.write(file, held.stream().map(LogLine::message).toList());
    }

    @Override
    public void close() {
        closed = true;
    }
}
