package dev.berth.tui.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.model.MetricPoint;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Tone;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {
    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");

    @Test
    void sparklineScalesPercentagesToBlocksNewestRight() {
        List<MetricPoint> p = List.of(new MetricPoint(T0, 0), new MetricPoint(T0.plusSeconds(60), 50),
                new MetricPoint(T0.plusSeconds(120), 100));
        assertThat(Sparkline.of(p, 8)).isEqualTo("▁▅█");
        assertThat(Sparkline.of(p, 2)).isEqualTo("▅█");
        assertThat(Sparkline.withLatest(p, 4)).isEqualTo("▁▅█  100%");
        assertThat(Sparkline.withLatest(List.of(), 4)).isEqualTo("-");
    }

    @Test
    void brailleChartFillsUnderTheSeriesAndMarksDeployments() {
        List<MetricPoint> p = List.of(new MetricPoint(T0, 100), new MetricPoint(T0.plusSeconds(3600), 100));
        List<StyledLine> chart = BrailleChart.render(p, T0, T0.plusSeconds(3600), 40, 4, List.of(T0.plusSeconds(1800)), Tone.ACCENT);
        assertThat(chart).hasSize(6);
        assertThat(chart.get(0).text()).startsWith("100% ┤").contains("⣿");
        assertThat(chart.get(4).text()).contains("▲");
        assertThat(chart.get(0).spans()).anyMatch(s -> s.tone() == Tone.WARN);
    }
}
