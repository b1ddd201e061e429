package dev.berth.core.logs;

import java.util.List;

/** One page of FilterLogEvents: events in time order and the token of the next page (null at the end). */
public record EventPage(List<RawEvent> events, String nextToken) {
    public EventPage {
        events = List.copyOf(events);
    }
}
