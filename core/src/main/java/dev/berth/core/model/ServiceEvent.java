package dev.berth.core.model;

import java.time.Instant;

/** A service event as the console shows it ("(service web) has reached a steady state."). */
public record ServiceEvent(String id, Instant at, String message) {
    public ServiceEvent {
        Checks.require(at, "at");
        Checks.require(message, "message");
    }
}
