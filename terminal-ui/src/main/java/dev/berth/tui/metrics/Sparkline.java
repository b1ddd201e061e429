package dev.berth.tui.metrics;

import dev.berth.core.model.MetricPoint;
import java.util.List;

/** Utilisation percentages as block characters, one per point, newest on the right. */
public final class Sparkline {
    private static final char[] BLOCKS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    private Sparkline() {
    }

    /** The last {@code width} points scaled to 0..100 %; blank when there are none. */
    public static String of(List<MetricPoint> points, int width) {
        if (points == null || points.isEmpty() || width <= 0) {
            return "";
        }
        StringBuilder s = new StringBuilder(width);
        for (int i = Math.max(0, points.size() - width); i < points.size(); i++) {
            double v = Math.max(0, Math.min(100, points.get(i).value()));
            s.append(BLOCKS[(int) Math.min(BLOCKS.length - 1, Math.round(v / 100 * (BLOCKS.length - 1)))]);
        }
        return s.toString();
    }

    /** "▂▃▅  42%": sparkline then the latest value, or "-" without data. */
    public static String withLatest(List<MetricPoint> points, int width) {
        if (points == null || points.isEmpty()) {
            return "-";
        }
        String line = of(points, width);
        return line + " ".repeat(width - line.length()) + String.format(" %3.0f%%", points.get(points.size() - 1).value());
    }
}
