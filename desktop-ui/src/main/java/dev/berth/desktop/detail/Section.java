package dev.berth.desktop.detail;

import dev.berth.desktop.fx.Tone;
import java.util.List;

/**
 * One titled part of a detail tab: labelled values, a small table, and a note (why there is nothing
 * to show, or what the numbers mean). The title's tone says at a glance whether something in it is
 * wrong.
 *
 * @param id    stable across refreshes, part of the node id ({@code section-ID}) tests and keys look up
 * @param table null when the section has none
 * @param note  null when the section has none
 */
public record Section(String id, String title, Tone tone, List<Field> fields, SectionTable<?> table, String note) {
    public Section {
        if (id == null || title == null || tone == null) {
            throw new IllegalArgumentException("id, title and tone are required");
        }
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static Section of(String id, String title, Tone tone, List<Field> fields) {
        return new Section(id, title, tone, fields, null, null);
    }

    /** A section that only says something, e.g. "Not behind a load balancer". */
    public static Section note(String id, String title, String note) {
        return new Section(id, title, Tone.NEUTRAL, List.of(), null, note);
    }

    public Section with(SectionTable<?> newTable) {
        return new Section(id, title, tone, fields, newTable, note);
    }

    public Section noted(String newNote) {
        return new Section(id, title, tone, fields, table, newNote);
    }
}
