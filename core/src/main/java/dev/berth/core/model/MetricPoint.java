package dev.berth.core.model;

import java.time.Instant;

/** One value of a metric series. */
public record MetricPoint(Instant at, double value) {
}
