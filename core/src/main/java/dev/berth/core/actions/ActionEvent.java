package dev.berth.core.actions;

import dev.berth.core.model.Deployment;
import java.time.Instant;

/** What happens after a confirmed action, in order: submitted, rollout progress, then settled or failed. */
public sealed interface ActionEvent {
    /** AWS accepted the call. */
    record Submitted(Instant at, String summary) implements ActionEvent {
    }

    /** The rollout moved: the primary deployment's counts and state. */
    record Progress(Instant at, Deployment primary, int running, int desired, String message) implements ActionEvent {
    }

    /** Done: steady state reached (or nothing to follow, e.g. a stopped task). */
    record Settled(Instant at, String message) implements ActionEvent {
    }

    /** AWS refused, or the rollout failed (circuit breaker, timeout). */
    record Failed(Instant at, String message) implements ActionEvent {
    }
}
