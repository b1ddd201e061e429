package dev.berth.tui.taskdefs;

import dev.berth.core.Session;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.core.watch.Snapshot;
import dev.berth.tui.nav.Kind;
import dev.berth.tui.nav.Place;
import dev.berth.tui.nav.Resource;
import dev.berth.tui.nav.Target;
import dev.berth.tui.table.Cell;
import dev.berth.tui.table.Column;
import dev.berth.tui.ui.Tone;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Revisions of one family, newest first. Enter (or {@code d}) shows a revision; with another
 * revision marked ({@code space}), {@code d} shows the diff between the two.
 */
public final class RevisionsResource implements Resource<TaskDefinitionRef> {
    private static final List<Column<TaskDefinitionRef>> COLUMNS = List.of(
            new Column<TaskDefinitionRef>("REVISION", 8, 40, dev.berth.tui.table.Align.LEFT, 0,
                    r -> Cell.of(r.familyRevision(), Tone.STRONG), Comparator.comparingInt(TaskDefinitionRef::revision)),
            Column.text("ARN", 10, 120, 1, r -> Cell.of(r.arn(), Tone.DIM)));

    @Override
    public Kind kind() {
        return Kind.REVISIONS;
    }

    @Override
    public List<Column<TaskDefinitionRef>> columns() {
        return COLUMNS;
    }

    @Override
    public String key(TaskDefinitionRef row) {
        return row.arn();
    }

    @Override
    public Observable<Snapshot<List<TaskDefinitionRef>>> watch(Session session, Place place,
                                                                Observable<List<TaskDefinitionRef>> window, Scheduler timer) {
        return session.revisions(place.family());
    }

    @Override
    public Target target(Place place, TaskDefinitionRef row) {
        return new Target(Kind.REVISIONS, null, null, null, null, row.familyRevision(), row.arn(), false, row);
    }

    @Override
    public Optional<Place> open(Place place, TaskDefinitionRef row) {
        return Optional.empty();
    }
}
