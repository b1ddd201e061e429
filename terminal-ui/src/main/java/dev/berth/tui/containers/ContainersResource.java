package dev.berth.tui.containers;

import dev.berth.core.Session;
import dev.berth.core.model.Container;
import dev.berth.core.model.Task;
import dev.berth.core.watch.Snapshot;
import dev.berth.tui.nav.Kind;
import dev.berth.tui.nav.Place;
import dev.berth.tui.nav.Resource;
import dev.berth.tui.nav.Snapshots;
import dev.berth.tui.nav.Target;
import dev.berth.tui.table.Cell;
import dev.berth.tui.table.Column;
import dev.berth.tui.ui.Tone;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The containers of one task: state, health, exit code and reason, image. Enter opens its logs. */
public final class ContainersResource implements Resource<ContainerLine> {
    private static final List<Column<ContainerLine>> COLUMNS = List.of(
            Column.text("NAME", 8, 32, 0, l -> Cell.of(l.container().name(), Tone.STRONG)),
            Column.text("STATUS", 7, 12, 0, l -> Cell.of(l.container().lastStatus(), statusTone(l.container()))),
            Column.text("HEALTH", 6, 9, 2, l -> Cell.of(l.container().healthStatus(), Tone.DIM)),
            Column.number("EXIT", 0, l -> exit(l.container())),
            Column.text("REASON", 6, 60, 3, l -> Cell.of(Objects.toString(l.container().reason(), ""), Tone.DIM)),
            Column.text("IMAGE", 10, 80, 1, l -> Cell.of(l.container().image(), Tone.DIM)));

    private static Tone statusTone(Container c) {
        if (c.exitCode() != null && c.exitCode() != 0) {
            return Tone.BAD;
        }
        return "RUNNING".equals(c.lastStatus()) ? Tone.GOOD : Tone.WARN;
    }

    private static Cell exit(Container c) {
        if (c.exitCode() == null) {
            return Cell.of("", Tone.DIM);
        }
        return Cell.of(c.exitCode(), c.exitCode() == 0 ? Tone.DIM : Tone.BAD);
    }

    @Override
    public Kind kind() {
        return Kind.CONTAINERS;
    }

    @Override
    public List<Column<ContainerLine>> columns() {
        return COLUMNS;
    }

    @Override
    public String key(ContainerLine row) {
        return row.container().name();
    }

    @Override
    public Observable<Snapshot<List<ContainerLine>>> watch(Session session, Place place,
                                                            Observable<List<ContainerLine>> window, Scheduler timer) {
        return session.tasks(place.cluster(), place.service())
                .map(s -> Snapshots.map(s, tasks -> tasks.stream()
                        .filter(t -> t.id().equals(place.taskId()))
                        .findFirst()
                        .map(ContainersResource::lines)
                        .orElse(List.of())));
    }

    private static List<ContainerLine> lines(Task t) {
        return t.containers().stream().map(c -> new ContainerLine(t, c)).toList();
    }

    @Override
    public Target target(Place place, ContainerLine row) {
        Task t = row.task();
        return new Target(Kind.CONTAINERS, place.cluster(), place.service(), t.id(), row.container().name(), null,
                row.container().runtimeId(), false, row.container());
    }

    @Override
    public Optional<Place> open(Place place, ContainerLine row) {
        return Optional.of(Place.logs(place.cluster(), place.service(), row.task().id(), row.container().name()));
    }
}
