package dev.berth.tui.events;

import dev.berth.tui.ui.Tone;
import java.time.Instant;

/** One moment in a service's history: a service event or a deployment milestone. */
public record TimelineEntry(Instant at, boolean deployment, String text, Tone tone) {
}
