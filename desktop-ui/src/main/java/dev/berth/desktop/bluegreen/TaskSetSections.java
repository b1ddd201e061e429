package dev.berth.desktop.bluegreen;

import dev.berth.core.model.LoadBalancing;
import dev.berth.core.model.Service;
import dev.berth.core.model.TaskSet;
import dev.berth.desktop.detail.Section;
import dev.berth.desktop.detail.SectionTable;
import dev.berth.desktop.fx.Ages;
import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.table.Column;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The task sets of a blue/green service (deployment controller CODE_DEPLOY or EXTERNAL): each one's
 * status, revision, scale, tasks, share of the traffic and stability, the primary first.
 */
public final class TaskSetSections {
    private TaskSetSections() {
    }

    /** A task set and its traffic share, null until the load balancing slice has told it. */
    private record Row(TaskSet set, Integer traffic) {
    }

    /** What the deployment controller means for how the service rolls. */
    public static String controllerText(String controller) {
        return switch (Objects.toString(controller, "ECS")) {
            case "ECS" -> "ECS (rolling update)";
            case "CODE_DEPLOY" -> "CODE_DEPLOY (blue/green by CodeDeploy)";
            case "EXTERNAL" -> "EXTERNAL (blue/green by an outside tool, through task sets)";
            default -> controller;
        };
    }

    /** The task sets section, or null when the service has none. */
    public static Section of(Service s, LoadBalancing lb, Instant now) {
        if (s.taskSets().isEmpty()) {
            return null;
        }
        List<Column<Row>> columns = List.of(
                Column.text("Status", 90, (Row r) -> r.set().status()).toned(r -> tone(r.set())),
                Column.text("Revision", 130, (Row r) -> Objects.toString(r.set().revision(), "")),
                Column.text("Scale", 70, (Row r) -> percent(r.set().scalePercent())),
                Column.text("Tasks", 130, (Row r) -> r.set().runningCount() + " of " + r.set().computedDesiredCount() + " running"
                        + (r.set().pendingCount() > 0 ? ", " + r.set().pendingCount() + " pending" : "")),
                Column.text("Traffic", 80, (Row r) -> lb == null ? "…" : r.traffic() == null ? "none" : r.traffic() + " %")
                        .toned(r -> r.traffic() != null && r.traffic() > 0 ? Tone.INFO : Tone.NEUTRAL),
                Column.text("Stability", 120, (Row r) -> Objects.toString(r.set().stabilityStatus(), ""))
                        .toned(r -> "STEADY_STATE".equals(r.set().stabilityStatus()) ? Tone.GOOD : Tone.INFO),
                Column.text("External id", 130, (Row r) -> Objects.toString(r.set().externalId(), "")),
                Column.text("Updated", 80, (Row r) -> Ages.since(r.set().updatedAt(), now) + " ago"));
        List<Row> rows = s.taskSets().stream()
                .sorted(java.util.Comparator.comparing((TaskSet t) -> !t.primary()).thenComparing(TaskSet::id))
                .map(t -> new Row(t, lb == null ? null : lb.trafficPercent(t))).toList();
        Tone tone = s.taskSets().stream().allMatch(t -> "STEADY_STATE".equals(t.stabilityStatus())) ? Tone.NEUTRAL : Tone.INFO;
        return Section.of("task-sets", "Task sets  ·  " + s.taskSets().size() + " (" + Objects.toString(s.deploymentController(), "")
                + ")", tone, List.of()).with(SectionTable.of(columns, rows));
    }

    private static Tone tone(TaskSet t) {
        return switch (Objects.toString(t.status(), "")) {
            case "PRIMARY" -> Tone.GOOD;
            case "DRAINING" -> Tone.WARN;
            default -> Tone.INFO;
        };
    }

    private static String percent(double p) {
        return (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + " %";
    }
}
