package dev.berth.tui.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.berth.core.json.JsonOutput;
import dev.berth.tui.table.Align;
import dev.berth.tui.table.Cell;
import dev.berth.tui.table.Column;
import dev.berth.tui.ui.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints rows as a table with the same columns the terminal UI shows (one column spec per
 * resource), or the records themselves as JSON or YAML.
 */
public final class Printer {
    private final PrintWriter out;
    private final OutputFormat format;
    private final boolean revealSecrets;

    public Printer(PrintWriter out, OutputFormat format) {
        this(out, format, false);
    }

    /** @param revealSecrets write the values of secret-looking environment variables (masked otherwise) */
    public Printer(PrintWriter out, OutputFormat format, boolean revealSecrets) {
        this.out = out;
        this.format = format;
        this.revealSecrets = revealSecrets;
    }

    public <T> void rows(List<T> rows, List<Column<T>> columns, Object data) {
        switch (format) {
            case table -> table(rows, columns);
            case json -> data(data, false);
            case yaml -> data(data, true);
        }
        out.flush();
    }

    private <T> void table(List<T> rows, List<Column<T>> columns) {
        List<List<String>> cells = new ArrayList<>();
        int[] width = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            width[i] = columns.get(i).title().strip().length();
        }
        for (T row : rows) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                Cell c = columns.get(i).cell().apply(row);
                line.add(c.text());
                width[i] = Math.max(width[i], c.text().length());
            }
            cells.add(line);
        }
        out.println(line(columns.stream().map(c -> c.title().strip()).toList(), columns, width));
        for (List<String> line : cells) {
            out.println(line(line, columns, width));
        }
    }

    private static <T> String line(List<String> values, List<Column<T>> columns, int[] width) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (width[i] == 0) {
                continue;
            }
            if (!s.isEmpty()) {
                s.append("  ");
            }
            s.append(columns.get(i).align() == Align.RIGHT ? Text.padLeft(values.get(i), width[i])
                    : Text.padRight(values.get(i), width[i]));
        }
        return s.toString().stripTrailing();
    }

    /** The records as JSON or YAML, written as core's {@link JsonOutput} writes them (secrets masked unless asked). */
    public void data(Object data, boolean yaml) {
        ObjectMapper json = JsonOutput.mapper(revealSecrets);
        ObjectMapper mapper = yaml
                ? json.copyWith(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build())
                : json;
        try {
            out.println(mapper.writeValueAsString(data).stripTrailing());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    public void line(String text) {
        out.println(text);
        out.flush();
    }
}
