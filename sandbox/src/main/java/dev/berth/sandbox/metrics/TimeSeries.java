package dev.berth.sandbox.metrics;

import java.time.Instant;
import java.util.NavigableMap;

/**
 * A query's result: values at period starts, and the grid of periods it was computed on
 * ({@code start}, {@code start + period}, ... before {@code end}) so math such as FILL knows
 * which periods are missing.
 */
record TimeSeries(NavigableMap<Instant, Double> values, Instant start, Instant end, long period) {
}
