package dev.berth.desktop.tasks;

import dev.berth.core.Session;
import dev.berth.core.model.Container;
import dev.berth.core.model.Task;
import dev.berth.desktop.fx.Ages;
import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.table.Column;
import dev.berth.desktop.table.ResourceListViewModel;
import io.reactivex.rxjava3.core.Scheduler;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The tasks list: running and recently stopped tasks, coloured by state, with why they stopped. */
public final class TaskLists {
    private TaskLists() {
    }

    /** Tasks of a service, or of the whole cluster when {@code service} is null. */
    public static ResourceListViewModel<Task> of(Session session, String cluster, String service, Scheduler ui, Clock clock) {
        return list(clock).bind(session.tasks(cluster, service), ui);
    }

    /** An empty tasks list that follows no slice yet (a detail tab subscribes it while shown). */
    public static ResourceListViewModel<Task> list(Clock clock) {
        return new ResourceListViewModel<>("Tasks", columns(clock), Task::id, TaskLists::searchText);
    }

    static List<Column<Task>> columns(Clock clock) {
        return List.of(
                Column.text("Task", 120, (Task t) -> shortId(t.id())).toned(TaskLists::tone).whole(Task::id),
                Column.text("Status", 95, Task::lastStatus).toned(TaskLists::tone),
                Column.text("Health", 80, (Task t) -> Objects.toString(t.healthStatus(), "")),
                Column.text("Service", 130, (Task t) -> Objects.toString(t.serviceName(), "")),
                Column.text("Revision", 110, Task::revision),
                Column.text("Age", 60, (Task t) -> Ages.since(t.startedAt() != null ? t.startedAt() : t.createdAt(), clock.instant())),
                Column.text("AZ", 90, (Task t) -> Objects.toString(t.availabilityZone(), "")),
                Column.text("IP", 110, (Task t) -> Objects.toString(t.privateIp(), "")),
                Column.text("Stopped because", 320, TaskLists::stopText).toned(TaskLists::tone));
    }

    public static String shortId(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }

    /** "Essential container in task exited · app exit 137" */
    public static String stopText(Task t) {
        if (!t.stopped() && t.stoppedReason() == null) {
            return "";
        }
        String exits = t.containers().stream().filter(c -> c.exitCode() != null && c.exitCode() != 0)
                .map(c -> c.name() + " exit " + c.exitCode()).collect(Collectors.joining(", "));
        String reason = Objects.toString(t.stoppedReason(), Objects.toString(t.stopCode(), ""));
        return exits.isEmpty() ? reason : reason + " · " + exits;
    }

    public static Tone tone(Task t) {
        if (t.stopped()) {
            boolean failed = t.containers().stream().map(Container::exitCode).anyMatch(c -> c != null && c != 0)
                    || "TaskFailedToStart".equals(t.stopCode());
            return failed ? Tone.BAD : Tone.MUTED;
        }
        if ("UNHEALTHY".equals(t.healthStatus())) {
            return Tone.BAD;
        }
        if ("RUNNING".equals(t.lastStatus())) {
            return Tone.GOOD;
        }
        return Tone.INFO;
    }

    static String searchText(Task t) {
        return t.id() + " " + t.lastStatus() + " " + t.serviceName() + " " + t.revision() + " " + t.privateIp() + " " + stopText(t);
    }
}
