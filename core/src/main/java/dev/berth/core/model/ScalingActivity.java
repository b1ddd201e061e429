package dev.berth.core.model;

import java.time.Instant;

/** What autoscaling did and why ("Setting desired count to 4.", cause, status). */
public record ScalingActivity(String id, String description, String cause, String status, String statusMessage,
                              Instant startedAt, Instant endedAt) {
}
