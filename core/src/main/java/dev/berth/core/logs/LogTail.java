package dev.berth.core.logs;

import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Observable;
import java.nio.file.Path;

/**
 * A running tail of a {@link LogQuery}. Lines arrive merged in time order, labelled with task and
 * container, none lost and none repeated across polls; the tail keeps at most the configured
 * number of lines (default 100,000).
 */
public interface LogTail extends AutoCloseable {
    LogQuery query();

    /** New lines as they come; subscribers get the buffered lines first as one batch. */
    Flowable<LogBatch> batches();

    Observable<TailStatus> status();

    /** Stop delivering new lines (they are still fetched and buffered). */
    void pause();

    void resume();

    /** Writes the buffered lines to a file, one per line with timestamp, task and container. */
    void saveTo(Path file) throws java.io.IOException;

    @Override
    void close();
}
