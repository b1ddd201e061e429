package dev.berth.desktop.table;

import dev.berth.desktop.fx.Tone;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * One toolkit-light column of a resource list: its title, the text a cell shows, how rows sort by
 * it, and the tone (colour) of a cell. A sparkline column shows a series instead of text.
 *
 * @param whole the whole value a cell stands for, which its tooltip shows and Copy takes (a short task
 *              id's full id); the text itself unless given
 * @param main  true for the column whose value ctrl-c copies from a selected row (else the first column's)
 */
public record Column<R>(String title, double width, Function<R, String> text, Comparator<R> order,
                        Function<R, Tone> tone, Function<R, List<Double>> series, Function<R, String> whole,
                        boolean main) {

    public static <R> Column<R> text(String title, double width, Function<R, String> text) {
        return new Column<>(title, width, text, Comparator.comparing(r -> nullToEmpty(text.apply(r))), r -> Tone.NEUTRAL, null,
                text, false);
    }

    public static <R> Column<R> number(String title, double width, java.util.function.ToDoubleFunction<R> value,
                                       Function<R, String> text) {
        return new Column<>(title, width, text, Comparator.comparingDouble(value), r -> Tone.NEUTRAL, null, text, false);
    }

    public static <R> Column<R> spark(String title, double width, Function<R, List<Double>> series,
                                      java.util.function.ToDoubleFunction<R> latest, Function<R, String> text) {
        return new Column<>(title, width, text, Comparator.comparingDouble(latest), r -> Tone.NEUTRAL, series, text, false);
    }

    public Column<R> toned(Function<R, Tone> t) {
        return new Column<>(title, width, text, order, t, series, whole, main);
    }

    /** The same column, whose cells stand for more than they show (a shortened id). */
    public Column<R> whole(Function<R, String> w) {
        return new Column<>(title, width, text, order, tone, series, w, main);
    }

    /** The same column, as the one whose value ctrl-c copies from a selected row. */
    public Column<R> asMain() {
        return new Column<>(title, width, text, order, tone, series, whole, true);
    }

    public boolean sparkline() {
        return series != null;
    }

    /** The column whose value stands for a row: the one marked {@link #asMain()}, else the first. */
    public static <R> Column<R> mainOf(List<Column<R>> columns) {
        return columns.stream().filter(Column::main).findFirst().orElse(columns.get(0));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
