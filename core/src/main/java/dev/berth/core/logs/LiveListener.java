package dev.berth.core.logs;

import java.util.List;

/** Receives a live tail's events; called on the SDK's event-stream threads. */
public interface LiveListener {
    /** CloudWatch confirmed the session: from now on events arrive here. */
    void onStarted();

    /** New events; {@code sampled} means CloudWatch dropped some (over 500 events/s), so the tail must poll. */
    void onEvents(List<RawEvent> events, boolean sampled);

    /** The session ended or failed; the tail falls back to polling. */
    void onEnd(Throwable failure);
}
