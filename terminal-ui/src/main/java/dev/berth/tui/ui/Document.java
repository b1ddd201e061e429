package dev.berth.tui.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a text view shows: its lines, the sections a person can jump between, and, when it holds
 * values of secret-looking variables, the same text with them shown ({@code revealed}; masked is the
 * default). Text views wrap the lines to their width; sections point at unwrapped lines.
 *
 * @param revealed  the document with secret-looking values shown, or null when there is nothing to reveal
 * @param fetchedAt when the oldest data in it was fetched, or null for text that does not age
 */
public record Document(List<StyledLine> lines, List<Section> sections, Document revealed, Instant fetchedAt) {
    /** The heading a jump lands on. */
    public record Section(String name, int line) {
    }

    public Document {
        lines = List.copyOf(lines);
        sections = List.copyOf(sections);
    }

    public static Document of(List<StyledLine> lines) {
        return new Document(lines, List.of(), null, null);
    }

    public boolean revealable() {
        return revealed != null;
    }

    /** The same text, now with its revealed variant. */
    public Document withRevealed(Document shown) {
        return new Document(lines, sections, shown, fetchedAt);
    }

    public Document at(Instant fetched) {
        return new Document(lines, sections, revealed == null ? null : revealed.at(fetched), fetched);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Accumulates headings, key/value lines and free lines, noting where each section starts. */
    public static final class Builder {
        /** Where values start on key/value lines. */
        public static final int KEY_WIDTH = 24;
        private final List<StyledLine> lines = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();

        /** Starts a section: a blank line before it (unless it is the first line), then its heading. */
        public Builder section(String name, StyledLine heading) {
            if (!lines.isEmpty()) {
                lines.add(StyledLine.EMPTY);
            }
            sections.add(new Section(name, lines.size()));
            lines.add(heading);
            return this;
        }

        public Builder section(String name, String heading) {
            return section(name, heading(heading));
        }

        public Builder heading(String text, String note) {
            return add(StyledLine.builder().add(" " + text, Tone.HEADER).add(note == null ? "" : "  " + note, Tone.DIM).build());
        }

        public Builder add(StyledLine line) {
            lines.add(line);
            return this;
        }

        public Builder addAll(List<StyledLine> more) {
            lines.addAll(more);
            return this;
        }

        public Builder kv(String key, Object value) {
            return kv(key, value, Tone.NORMAL);
        }

        public Builder kv(String key, Object value, Tone tone) {
            return add(keyValue(key, value, tone));
        }

        /** A dim note line, indented under its section. */
        public Builder note(String text) {
            return add(StyledLine.of("  " + text, Tone.DIM));
        }

        public Builder blank() {
            return add(StyledLine.EMPTY);
        }

        public int size() {
            return lines.size();
        }

        public Document build() {
            return new Document(lines, sections, null, null);
        }

        public static StyledLine heading(String text) {
            return StyledLine.of(" " + text, Tone.HEADER);
        }

        /** " Key                     value": the key dim and padded, so values line up (and wrap under themselves). */
        public static StyledLine keyValue(String key, Object value, Tone tone) {
            return StyledLine.builder().add(" " + Text.padRight(key, KEY_WIDTH), Tone.DIM).add(Text.orDash(value), tone).build();
        }
    }
}
