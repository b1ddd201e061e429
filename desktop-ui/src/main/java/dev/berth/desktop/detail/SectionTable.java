package dev.berth.desktop.detail;

import dev.berth.desktop.table.Column;
import java.util.List;
import java.util.function.Function;

/**
 * A small table inside a {@link Section}: all its rows shown at once under the given columns. Rows
 * that stand for a task name it ({@code taskOf}), and Enter or a double click on them opens that task.
 *
 * @param taskOf the task id a row stands for (null for none), or null when no row does
 */
public record SectionTable<R>(List<Column<R>> columns, List<R> rows, Function<R, String> taskOf) {
    public SectionTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public static <R> SectionTable<R> of(List<Column<R>> columns, List<R> rows) {
        return new SectionTable<>(columns, rows, null);
    }

    /** The same table, whose rows open the task they stand for. */
    public SectionTable<R> opening(Function<R, String> task) {
        return new SectionTable<>(columns, rows, task);
    }

    /** The task a row stands for, or null. */
    public String taskOf(int row) {
        return taskOf == null ? null : taskOf.apply(rows.get(row));
    }
}
