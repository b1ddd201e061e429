package dev.berth.desktop.balancing;

import dev.berth.core.model.HealthCheckSettings;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.LoadBalancing;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetHealth;
import dev.berth.desktop.detail.Field;
import dev.berth.desktop.detail.Section;
import dev.berth.desktop.detail.SectionTable;
import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.table.Column;
import dev.berth.desktop.tasks.TaskLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Load balancing tab: the load balancers in front and the grace period, then each target group
 * with its health check and every target's health beside its task (reason codes for the unhealthy).
 * Also the targets one task is registered as, for the task's overview.
 */
public final class LoadBalancingSections {
    private static final List<Column<TargetHealth>> TARGETS = List.of(
            Column.text("Target", 125, LoadBalancingSections::address).toned(LoadBalancingSections::tone),
            Column.text("Task", 115, (TargetHealth t) -> t.taskId() == null ? "–" : TaskLists.shortId(t.taskId()))
                    .whole(t -> Objects.toString(t.taskId(), "")),
            Column.text("Zone", 85, (TargetHealth t) -> Objects.toString(t.availabilityZone(), "")),
            Column.text("State", 90, TargetHealth::state).toned(LoadBalancingSections::tone),
            Column.text("Reason", 220, (TargetHealth t) -> Objects.toString(t.reason(), "")).toned(LoadBalancingSections::tone),
            Column.text("Description", 330, (TargetHealth t) -> Objects.toString(t.description(), "")));
    private static final List<Column<LoadBalancer>> BALANCERS = List.of(
            Column.text("Load balancer", 150, LoadBalancer::name),
            Column.text("Type", 90, (LoadBalancer b) -> Objects.toString(b.type(), "")),
            Column.text("Scheme", 110, (LoadBalancer b) -> Objects.toString(b.scheme(), "")),
            Column.text("State", 110, (LoadBalancer b) -> Objects.toString(b.state(), "")).toned(LoadBalancingSections::tone),
            Column.text("DNS name", 360, (LoadBalancer b) -> Objects.toString(b.dnsName(), "")).asMain());
    private static final List<Column<GroupTarget>> TASK_TARGETS = List.of(
            Column.text("Target group", 170, GroupTarget::group),
            Column.text("Target", 140, (GroupTarget g) -> address(g.target())),
            Column.text("State", 120, (GroupTarget g) -> g.target().state()).toned(g -> tone(g.target())),
            Column.text("Reason", 200, (GroupTarget g) -> Objects.toString(g.target().reason(), "")).toned(g -> tone(g.target())),
            Column.text("Description", 300, (GroupTarget g) -> Objects.toString(g.target().description(), "")));

    private LoadBalancingSections() {
    }

    /** One task's registration in one target group. */
    private record GroupTarget(String group, TargetHealth target) {
    }

    public static List<Section> of(LoadBalancing lb) {
        if (!lb.balanced()) {
            return List.of(Section.note("load-balancing", "Load balancing",
                    "Not behind a load balancer: the service registers its tasks in no target group."));
        }
        Map<String, String> names = lb.loadBalancers().stream()
                .collect(Collectors.toMap(LoadBalancer::arn, b -> Objects.toString(b.name(), b.arn()), (a, b) -> a));
        List<Section> out = new ArrayList<>();
        out.add(Section.of("load-balancers", "Load balancers", worst(lb.loadBalancers(), LoadBalancingSections::tone),
                        List.of(Field.of("Health check grace", grace(lb.healthCheckGracePeriodSeconds()))))
                .with(SectionTable.of(BALANCERS, lb.loadBalancers())));
        for (TargetGroup g : lb.targetGroups()) {
            out.add(group(g, names));
        }
        return out;
    }

    private static Section group(TargetGroup g, Map<String, String> balancerNames) {
        List<Field> f = new ArrayList<>();
        f.add(Field.of("Listens", Objects.toString(g.protocol(), "") + (g.port() == null ? "" : " " + g.port())
                + (g.targetType() == null ? "" : ", " + g.targetType() + " targets")
                + (g.loadBalancerArns().isEmpty() ? "" : " · behind " + g.loadBalancerArns().stream()
                .map(a -> balancerNames.getOrDefault(a, a)).collect(Collectors.joining(", ")))));
        f.add(Field.of("Traffic", g.trafficPercent() == null ? "no listener forwards to it"
                : g.trafficPercent() + " % of its listener's traffic"));
        HealthCheckSettings h = g.healthCheck();
        if (h != null) {
            f.add(Field.of("Health check", checkText(h)));
            f.add(Field.of("Thresholds", "healthy after " + h.healthyThreshold() + " passing checks in a row, unhealthy after "
                    + h.unhealthyThreshold() + " failing"));
        }
        String count = g.healthyCount() + " of " + g.targets().size() + " healthy";
        String title = "Target group " + Objects.toString(g.name(), g.arn()) + "  ·  " + count;
        Section s = Section.of("target-group-" + Objects.toString(g.name(), g.arn()), title,
                g.targets().isEmpty() ? Tone.WARN : worst(g.targets(), LoadBalancingSections::tone), f);
        return g.targets().isEmpty() ? s.noted("No targets registered: nothing receives this group's traffic.")
                : s.with(SectionTable.of(TARGETS, g.targets()).opening(TargetHealth::taskId));
    }

    /** The targets a task is registered as, or null when it is in no target group. */
    public static Section ofTask(LoadBalancing lb, String taskId) {
        List<GroupTarget> rows = new ArrayList<>();
        for (TargetGroup g : lb.targetGroups()) {
            g.targets().stream().filter(t -> taskId.equals(t.taskId()))
                    .forEach(t -> rows.add(new GroupTarget(Objects.toString(g.name(), g.arn()), t)));
        }
        if (rows.isEmpty()) {
            return null;
        }
        return Section.of("task-targets", "Load balancer targets", worst(rows, r -> tone(r.target())), List.of())
                .with(SectionTable.of(TASK_TARGETS, rows));
    }

    static String checkText(HealthCheckSettings h) {
        String where = h.path() == null ? "" : " " + h.path();
        String port = h.port() == null || "traffic-port".equals(h.port()) ? "on the traffic port" : "on port " + h.port();
        return Objects.toString(h.protocol(), "") + where + " " + port + " every " + h.intervalSeconds() + " s, timeout "
                + h.timeoutSeconds() + " s" + (h.matcher() == null ? "" : ", success codes " + h.matcher());
    }

    static String grace(Integer seconds) {
        return seconds == null || seconds == 0 ? "none: failing checks count from a task's start"
                : seconds + " s: ECS ignores failing health checks of a task this long after it starts";
    }

    private static String address(TargetHealth t) {
        return t.targetId() + (t.port() == null ? "" : ":" + t.port());
    }

    static Tone tone(TargetHealth t) {
        if (t.unhealthy()) {
            return Tone.BAD;
        }
        if (t.draining()) {
            return Tone.WARN;
        }
        return switch (t.state()) {
            case "healthy" -> Tone.GOOD;
            case "initial" -> Tone.INFO;
            default -> Tone.MUTED;
        };
    }

    static Tone tone(LoadBalancer b) {
        return switch (Objects.toString(b.state(), "")) {
            case "active" -> Tone.GOOD;
            case "provisioning" -> Tone.INFO;
            case "active_impaired" -> Tone.WARN;
            case "failed" -> Tone.BAD;
            default -> Tone.NEUTRAL;
        };
    }

    private static <R> Tone worst(List<R> rows, Function<R, Tone> tone) {
        return Tone.worst(rows.stream().map(tone).toList());
    }
}
