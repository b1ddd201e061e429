package dev.berth.tui.metrics;

import dev.berth.core.model.Deployment;
import dev.berth.core.model.MetricPoint;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceMetrics;
import dev.berth.core.watch.Snapshot;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Text;
import dev.berth.tui.ui.Tone;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** CPU and memory of one service over a window, with its deployments marked; UI thread only. */
public final class MetricsViewModel {
    static final Duration WINDOW = Duration.ofHours(3);

    private final String cluster;
    private final String service;
    private final Clock clock;
    private Snapshot<List<ServiceMetrics>> metrics = Snapshot.loading();
    private Snapshot<Service> details = Snapshot.loading();

    public MetricsViewModel(String cluster, String service, Clock clock) {
        this.cluster = cluster;
        this.service = service;
        this.clock = clock;
    }

    public void metrics(Snapshot<List<ServiceMetrics>> s) {
        metrics = s;
    }

    public void service(Snapshot<Service> s) {
        details = s;
    }

    public Snapshot<List<ServiceMetrics>> snapshot() {
        return metrics;
    }

    private ServiceMetrics series() {
        if (!metrics.hasValue()) {
            return null;
        }
        return metrics.value().stream().filter(m -> Objects.equals(m.service(), service)).findFirst().orElse(null);
    }

    List<Instant> deploymentTimes() {
        List<Instant> out = new ArrayList<>();
        if (details.hasValue()) {
            for (Deployment d : details.value().deployments()) {
                if (d.createdAt() != null) {
                    out.add(d.createdAt());
                }
            }
        }
        return out;
    }

    public List<StyledLine> render(int width, int height) {
        List<StyledLine> out = new ArrayList<>();
        ServiceMetrics m = series();
        Instant to = clock.instant();
        Instant from = to.minus(WINDOW);
        out.add(StyledLine.builder().add(" metrics ", Tone.ACCENT).add(cluster + "/" + service, Tone.STRONG)
                .add("  last " + WINDOW.toHours() + "h", Tone.DIM)
                .add(deploymentTimes().isEmpty() ? "" : "  ┊▲ deployment", Tone.WARN).build());
        if (m == null) {
            out.add(StyledLine.of(metrics.hasValue() ? " no datapoints for this service yet" : " loading…", Tone.DIM));
            return out;
        }
        int chartRows = Math.max(2, (height - 1) / 2 - 3);
        out.addAll(section("CPU", m.cpu(), from, to, width, chartRows, Tone.ACCENT));
        out.addAll(section("Memory", m.memory(), from, to, width, chartRows, Tone.GOOD));
        return out;
    }

    private List<StyledLine> section(String name, List<MetricPoint> pts, Instant from, Instant to, int width, int rows, Tone tone) {
        List<StyledLine> out = new ArrayList<>();
        StyledLine.Builder title = StyledLine.builder().add(" " + name, Tone.HEADER);
        if (!pts.isEmpty()) {
            double max = pts.stream().mapToDouble(MetricPoint::value).max().orElse(0);
            double avg = pts.stream().mapToDouble(MetricPoint::value).average().orElse(0);
            title.add(String.format("  now %.0f%%  avg %.0f%%  max %.0f%%", pts.get(pts.size() - 1).value(), avg, max), Tone.NORMAL);
            title.add("  " + Text.clock(pts.get(pts.size() - 1).at()), Tone.DIM);
        } else {
            title.add("  no datapoints", Tone.DIM);
        }
        out.add(title.build());
        out.addAll(BrailleChart.render(pts, from, to, width, rows, deploymentTimes(), tone));
        return out;
    }
}
