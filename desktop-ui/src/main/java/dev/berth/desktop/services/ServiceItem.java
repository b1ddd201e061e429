package dev.berth.desktop.services;

import dev.berth.core.model.Deployment;
import dev.berth.core.model.MetricPoint;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceMetrics;
import dev.berth.core.model.ServiceRow;
import dev.berth.desktop.fx.Tone;
import java.util.List;

/**
 * One row of the services list: the service as described (or just its name until then) with the
 * last hour of CPU and memory for the sparklines.
 */
public record ServiceItem(String name, ServiceRow row, List<Double> cpu, List<Double> memory) {

    public static ServiceItem of(ServiceRow row, ServiceMetrics metrics) {
        return new ServiceItem(row.name(), row,
                metrics == null ? List.of() : values(metrics.cpu()),
                metrics == null ? List.of() : values(metrics.memory()));
    }

    private static List<Double> values(List<MetricPoint> points) {
        return points.stream().map(MetricPoint::value).toList();
    }

    public Service service() {
        return row.service();
    }

    public boolean described() {
        return row.described();
    }

    public String status() {
        if (!described()) {
            return "…";
        }
        Service s = service();
        Deployment primary = s.primaryDeployment();
        if (primary != null && "FAILED".equals(primary.rolloutState())) {
            return "ROLLOUT FAILED";
        }
        if (!s.steady() && s.deployments().size() > 1) {
            return "DEPLOYING";
        }
        if (s.runningCount() < s.desiredCount()) {
            return "DEGRADED";
        }
        return s.status();
    }

    /** Red when failing or nothing runs, amber when below desired or rolling, green when steady. */
    public Tone tone() {
        if (!described()) {
            return Tone.MUTED;
        }
        Service s = service();
        String st = status();
        if (st.equals("ROLLOUT FAILED") || (s.desiredCount() > 0 && s.runningCount() == 0)) {
            return Tone.BAD;
        }
        if (st.equals("DEGRADED")) {
            return Tone.WARN;
        }
        if (st.equals("DEPLOYING")) {
            return Tone.INFO;
        }
        return "ACTIVE".equals(s.status()) ? Tone.GOOD : Tone.MUTED;
    }

    public int desired() {
        return described() ? service().desiredCount() : -1;
    }

    public int running() {
        return described() ? service().runningCount() : -1;
    }

    public int pending() {
        return described() ? service().pendingCount() : -1;
    }

    public String tasksText() {
        return described() ? service().runningCount() + "/" + service().desiredCount()
                + (service().pendingCount() > 0 ? " (+" + service().pendingCount() + ")" : "") : "";
    }

    public String revision() {
        return described() ? service().revision() : "";
    }

    public String launchType() {
        if (!described()) {
            return "";
        }
        Service s = service();
        // A strategy shows all its providers, short: "FARGATE/SPOT" (the Network tab has their weights).
        return s.launchType() != null ? s.launchType() : s.capacityProviders().stream()
                .map(c -> "FARGATE_SPOT".equals(c.provider()) ? "SPOT" : c.provider())
                .collect(java.util.stream.Collectors.joining("/"));
    }

    public String rollout() {
        if (!described()) {
            return "";
        }
        Deployment p = service().primaryDeployment();
        return p == null || p.rolloutState() == null ? "" : p.rolloutState();
    }

    public double latestCpu() {
        return cpu.isEmpty() ? -1 : cpu.get(cpu.size() - 1);
    }

    public double latestMemory() {
        return memory.isEmpty() ? -1 : memory.get(memory.size() - 1);
    }

    public static String percent(double v) {
        return v < 0 ? "" : String.format(java.util.Locale.ROOT, "%.0f%%", v);
    }

    /** Everything the filter box searches. */
    public String searchText() {
        return name + " " + status() + " " + revision() + " " + launchType() + " " + rollout();
    }
}
