package dev.berth.tui.tasks;

import dev.berth.core.Session;
import dev.berth.core.model.Container;
import dev.berth.core.model.Task;
import dev.berth.core.watch.Snapshot;
import dev.berth.tui.nav.Kind;
import dev.berth.tui.nav.Place;
import dev.berth.tui.nav.Resource;
import dev.berth.tui.nav.Target;
import dev.berth.tui.table.Cell;
import dev.berth.tui.table.Column;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Text;
import dev.berth.tui.ui.Tone;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tasks of a service (or a whole cluster): running ones and those stopped in the last hour, with
 * stop code, reason and exit codes, health, start time, AZ and IP. Enter opens the containers.
 */
public final class TasksResource implements Resource<Task> {
    private final List<Column<Task>> columns;
    private final Clock clock;

    public TasksResource(Clock clock) {
        this.clock = clock;
        // Sized for 80 columns: health and stop code in full (stop codes in short words), the
        // reason gets the rest; the line under the table has the selected task's whole story.
        columns = List.of(
                Column.text("ID", 8, 8, 0, t -> Cell.of(Place.shortId(t.id()), Tone.STRONG)),
                Column.text("STATUS", 7, 12, 0, t -> Cell.of(t.lastStatus(), statusTone(t))),
                Column.text("HEALTH", 7, 9, 1, t -> health(t.healthStatus())),
                Column.text("REVISION", 8, 24, 4, t -> Cell.of(t.revision(), Tone.DIM)),
                Column.<Task>text("STARTED", 7, 7, 1, t -> Cell.of(Text.age(t.startedAt(), clock.instant())))
                        .orderedBy(Comparator.comparing(t -> t.startedAt() == null ? Instant.MIN : t.startedAt())),
                Column.text("ON", 7, 12, 5, t -> Cell.of(runsOn(t), "FARGATE_SPOT".equals(t.capacityProvider()) ? Tone.ACCENT : Tone.DIM)),
                Column.text("AZ", 4, 12, 5, t -> Cell.of(t.availabilityZone(), Tone.DIM)),
                Column.text("IP", 7, 15, 6, t -> Cell.of(t.privateIp(), Tone.DIM)),
                Column.text("EXIT", 4, 10, 1, t -> exitCodes(t)),
                Column.text("STOP CODE", 9, 16, 2, t -> Cell.of(StopCodes.shortName(t.stopCode()), Tone.WARN)),
                // The reason gives way first: the line under the table has it in full.
                Column.text("REASON", 12, 100, 3, t -> Cell.of(reason(t), Tone.DIM)));
    }

    /** Health as the agent reports it; UNKNOWN (no container health check) as a dim dash, so real states stand out. */
    private static Cell health(String health) {
        return "UNKNOWN".equals(health) || health == null ? Cell.of("-", Tone.DIM) : Cell.of(health, healthTone(health));
    }

    /** The capacity provider a task runs on, else its launch type. */
    static String runsOn(Task t) {
        return t.capacityProvider() != null ? t.capacityProvider() : t.launchType();
    }

    static Tone statusTone(Task t) {
        if (t.stopped()) {
            return nonZeroExit(t) ? Tone.BAD : Tone.DIM;
        }
        return switch (Objects.toString(t.lastStatus(), "")) {
            case "RUNNING" -> "STOPPED".equals(t.desiredStatus()) ? Tone.WARN : Tone.GOOD;
            default -> Tone.WARN;
        };
    }

    static Tone healthTone(String health) {
        return switch (Objects.toString(health, "")) {
            case "HEALTHY" -> Tone.GOOD;
            case "UNHEALTHY" -> Tone.BAD;
            default -> Tone.DIM;
        };
    }

    private static boolean nonZeroExit(Task t) {
        return t.containers().stream().anyMatch(c -> c.exitCode() != null && c.exitCode() != 0);
    }

    private static Cell exitCodes(Task t) {
        String codes = t.containers().stream().map(Container::exitCode).filter(Objects::nonNull)
                .map(String::valueOf).collect(Collectors.joining(","));
        return Cell.of(codes, nonZeroExit(t) ? Tone.BAD : Tone.DIM);
    }

    /** The task's stopped reason, else the first container reason (e.g. "OutOfMemoryError: Container killed..."). */
    static String reason(Task t) {
        if (t.stoppedReason() != null && !t.stoppedReason().isBlank()) {
            return t.stoppedReason();
        }
        return t.containers().stream().map(Container::reason).filter(r -> r != null && !r.isBlank()).findFirst().orElse("");
    }

    /** Under the table: where the selected task runs, and all of why it stopped. */
    @Override
    public List<StyledLine> detail(Task t) {
        String where = String.join(" · ", Stream.of(runsOn(t), t.availabilityZone(), t.privateIp(), t.networkInterfaceId(), t.revision())
                .filter(Objects::nonNull).toList());
        List<StyledLine> out = new ArrayList<>();
        out.add(StyledLine.builder().add("─ ", Tone.DIM).add(Place.shortId(t.id()) + " ", Tone.STRONG)
                .add(where + " ", Tone.DIM).build());
        if (t.stopped() || t.stopCode() != null) {
            String exits = t.containers().stream().filter(c -> c.exitCode() != null)
                    .map(c -> c.name() + " exit " + c.exitCode() + (c.reason() == null ? "" : " (" + c.reason() + ")"))
                    .collect(Collectors.joining("; "));
            out.add(StyledLine.of("  " + Text.orDash(t.stopCode()) + ": " + reason(t) + (exits.isEmpty() ? "" : " · " + exits),
                    nonZeroExit(t) ? Tone.BAD : Tone.WARN));
        } else {
            boolean checked = t.healthStatus() != null && !"UNKNOWN".equals(t.healthStatus());
            out.add(StyledLine.of("  " + t.lastStatus() + " for " + Text.age(t.startedAt(), clock.instant())
                    + (checked ? " · " + t.healthStatus() : "") + " · d: its targets, records and task definition", Tone.DIM));
        }
        return out;
    }

    @Override
    public int detailRows() {
        return 2;
    }

    @Override
    public Kind kind() {
        return Kind.TASKS;
    }

    @Override
    public List<Column<Task>> columns() {
        return columns;
    }

    @Override
    public String key(Task row) {
        return row.arn();
    }

    @Override
    public Observable<Snapshot<List<Task>>> watch(Session session, Place place, Observable<List<Task>> window,
                                                  Scheduler timer) {
        return session.tasks(place.cluster(), place.service());
    }

    @Override
    public Target target(Place place, Task row) {
        String service = place.service() != null ? place.service() : row.serviceName();
        return Target.task(place.cluster(), service, row.id(), row.arn(), !row.stopped() && !"STOPPED".equals(row.desiredStatus()), row);
    }

    @Override
    public Optional<Place> open(Place place, Task row) {
        String service = place.service() != null ? place.service() : row.serviceName();
        return Optional.of(Place.containers(place.cluster(), service, row.id()));
    }
}
