package dev.berth.desktop.table;

import dev.berth.desktop.fx.Tone;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * One toolkit-light column of a resource list: its title, the text a cell shows, how rows sort by
 * it, and the tone (colour) of a cell. A sparkline column shows a series instead of text.
 */
public record Column<R>(String title, double width, Function<R, String> text, Comparator<R> order,
                        Function<R, Tone> tone, Function<R, List<Double>> series) {

    public static <R> Column<R> text(String title, double width, Function<R, String> text) {
        return new Column<>(title, width, text, Comparator.comparing(r -> nullToEmpty(text.apply(r))), r -> Tone.NEUTRAL, null);
    }

    public static <R> Column<R> number(String title, double width, java.util.function.ToDoubleFunction<R> value,
                                       Function<R, String> text) {
        return new Column<>(title, width, text, Comparator.comparingDouble(value), r -> Tone.NEUTRAL, null);
    }

    public static <R> Column<R> spark(String title, double width, Function<R, List<Double>> series,
                                      java.util.function.ToDoubleFunction<R> latest, Function<R, String> text) {
        return new Column<>(title, width, text, Comparator.comparingDouble(latest), r -> Tone.NEUTRAL, series);
    }

    public Column<R> toned(Function<R, Tone> t) {
        return new Column<>(title, width, text, order, t, series);
    }

    public boolean sparkline() {
        return series != null;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
