package dev.berth.sandbox.metrics;

import java.time.Instant;

/** Where an alarm stands: OK, ALARM or INSUFFICIENT_DATA, why, and since when. */
record AlarmState(String value, String reason, String reasonData, Instant updated, Instant transitioned) {
    static final String OK = "OK";
    static final String ALARM = "ALARM";
    static final String INSUFFICIENT_DATA = "INSUFFICIENT_DATA";

    static AlarmState initial(Instant now) {
        return new AlarmState(INSUFFICIENT_DATA, "Unchecked: Initial alarm creation", null, now, now);
    }
}
