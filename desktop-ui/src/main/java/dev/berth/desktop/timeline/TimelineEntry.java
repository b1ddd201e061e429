package dev.berth.desktop.timeline;

import dev.berth.desktop.fx.Tone;
import java.time.Instant;

/** One moment in a service's history: a service event or a deployment starting or ending. */
public record TimelineEntry(Instant at, Kind kind, String text, Tone tone) {
    /** Where the entry came from. */
    public enum Kind { EVENT, DEPLOYMENT }
}
