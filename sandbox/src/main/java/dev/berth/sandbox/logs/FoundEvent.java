package dev.berth.sandbox.logs;

/** An event found in a group search, with the stream it belongs to. */
public record FoundEvent(String stream, LogEvent event) {
}
