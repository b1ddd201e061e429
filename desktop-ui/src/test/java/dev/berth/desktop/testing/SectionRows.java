package dev.berth.desktop.testing;

import dev.berth.desktop.detail.Field;
import dev.berth.desktop.detail.Section;
import dev.berth.desktop.detail.SectionTable;
import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.table.Column;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a section shows, read as a person would: its table's cells by column title, its fields by label. */
public final class SectionRows {
    private SectionRows() {
    }

    /** One table row: each column's text, and its tone. */
    public record Row(Map<String, String> cells, Map<String, Tone> tones, String task) {
        public String get(String column) {
            if (!cells.containsKey(column)) {
                throw new IllegalArgumentException("no column " + column + " in " + cells.keySet());
            }
            return cells.get(column);
        }

        public Tone tone(String column) {
            return tones.get(column);
        }
    }

    public static List<Row> rows(Section s) {
        return s == null || s.table() == null ? List.of() : rowsOf(s.table());
    }

    private static <R> List<Row> rowsOf(SectionTable<R> t) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            R r = t.rows().get(i);
            Map<String, String> cells = new LinkedHashMap<>();
            Map<String, Tone> tones = new LinkedHashMap<>();
            for (Column<R> c : t.columns()) {
                cells.put(c.title(), c.text().apply(r));
                tones.put(c.title(), c.tone().apply(r));
            }
            out.add(new Row(cells, tones, t.taskOf(i)));
        }
        return out;
    }

    /** The value of a field by its label, or null. */
    public static String field(Section s, String label) {
        return s == null ? null : s.fields().stream().filter(f -> f.label().equals(label)).map(Field::value).findFirst().orElse(null);
    }
}
