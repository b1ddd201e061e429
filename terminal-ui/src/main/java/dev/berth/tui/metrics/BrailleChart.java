package dev.berth.tui.metrics;

import dev.berth.core.model.MetricPoint;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Text;
import dev.berth.tui.ui.Tone;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A filled area chart of a percentage series in braille dots (2×4 dots per character cell), with
 * a y scale on the left, a time axis below and vertical markers (deployments) across it.
 */
public final class BrailleChart {
    private static final int[][] DOT = {{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}};
    private static final int LABEL = 5;

    private BrailleChart() {
    }

    /**
     * @param width   total characters, labels included
     * @param height  rows of dots (the axis adds one more row)
     * @param markers instants to mark with a vertical line
     */
    public static List<StyledLine> render(List<MetricPoint> points, Instant from, Instant to, int width, int height,
                                          List<Instant> markers, Tone tone) {
        int cols = Math.max(4, width - LABEL - 1);
        int rows = Math.max(2, height);
        int[][] cells = new int[rows][cols];
        double span = Math.max(1, to.toEpochMilli() - from.toEpochMilli());
        int dotsY = rows * 4;
        double max = 100;
        for (int x = 0; x < cols * 2; x++) {
            Double v = valueAt(points, from.toEpochMilli() + span * x / (cols * 2.0), span / (cols * 2.0));
            if (v == null) {
                continue;
            }
            int h = (int) Math.round(Math.max(0, Math.min(max, v)) / max * (dotsY - 1));
            for (int y = 0; y <= h; y++) {
                int fromTop = dotsY - 1 - y;
                cells[fromTop / 4][x / 2] |= DOT[fromTop % 4][x % 2];
            }
        }
        boolean[] marked = new boolean[cols];
        for (Instant m : markers) {
            double pos = (m.toEpochMilli() - from.toEpochMilli()) / span;
            if (pos >= 0 && pos <= 1) {
                marked[(int) Math.min(cols - 1, Math.floor(pos * cols))] = true;
            }
        }
        List<StyledLine> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            StyledLine.Builder b = StyledLine.builder();
            String label = r == 0 ? "100%" : r == rows - 1 ? "0%" : r == rows / 2 ? "50%" : "";
            b.add(Text.padLeft(label, LABEL - 1) + " ┤", Tone.DIM);
            StringBuilder run = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                if (marked[c]) {
                    b.add(run.toString(), tone);
                    run.setLength(0);
                    b.add(cells[r][c] == 0 ? "┊" : String.valueOf((char) (0x2800 + cells[r][c])), Tone.WARN);
                } else {
                    run.append(cells[r][c] == 0 ? ' ' : (char) (0x2800 + cells[r][c]));
                }
            }
            b.add(run.toString(), tone);
            out.add(b.build());
        }
        StringBuilder axis = new StringBuilder(" ".repeat(LABEL - 1) + " └");
        for (int c = 0; c < cols; c++) {
            axis.append(marked[c] ? '▲' : '─');
        }
        out.add(StyledLine.of(axis.toString(), Tone.DIM));
        String left = Text.clock(from);
        String right = Text.clock(to);
        int gap = Math.max(1, cols - left.length() - right.length());
        out.add(StyledLine.of(" ".repeat(LABEL + 1) + left + " ".repeat(gap) + right, Tone.DIM));
        return out;
    }

    /** Mean of the points within half a bucket of {@code t}, else the nearest earlier point. */
    private static Double valueAt(List<MetricPoint> points, double t, double bucket) {
        double sum = 0;
        int n = 0;
        MetricPoint before = null;
        for (MetricPoint p : points) {
            long at = p.at().toEpochMilli();
            if (Math.abs(at - t) <= Math.max(bucket, 1) / 2) {
                sum += p.value();
                n++;
            }
            if (at <= t) {
                before = p;
            }
        }
        if (n > 0) {
            return sum / n;
        }
        return before == null ? null : before.value();
    }
}
