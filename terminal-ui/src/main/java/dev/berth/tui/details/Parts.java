package dev.berth.tui.details;

import dev.berth.core.watch.Snapshot;
import dev.berth.tui.ui.Document;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Text;
import dev.berth.tui.ui.Tone;
import java.time.Instant;

/** How a part of a details page says it is still loading, failed, or shows old data. */
final class Parts {
    private Parts() {
    }

    /**
     * True when the part has a value to show. Otherwise adds "loading…" or its problem; a value
     * with a problem gets a warning line with the data's age first.
     */
    static boolean ready(Document.Builder b, Snapshot<?> s, Instant now) {
        if (s.hasValue()) {
            if (s.problem() != null) {
                b.add(StyledLine.of("  ⚠ " + s.problem().message() + " (showing data from "
                        + Text.age(s.fetchedAt(), now) + " ago)", Tone.WARN));
            }
            return true;
        }
        if (s.problem() != null) {
            b.add(StyledLine.of("  ⚠ " + s.problem().message(), Tone.BAD));
        } else if (s.fetchedAt() == null) {
            b.note("loading…");
        }
        return false;
    }

    /** A count with its noun, "1 task", "3 tasks". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String onOff(boolean on) {
        return on ? "on" : "off";
    }
}
