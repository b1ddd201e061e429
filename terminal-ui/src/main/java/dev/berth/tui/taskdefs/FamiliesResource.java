package dev.berth.tui.taskdefs;

import dev.berth.core.Session;
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
import java.util.List;
import java.util.Optional;

/** Task definition families; Enter lists a family's revisions. */
public final class FamiliesResource implements Resource<String> {
    private static final List<Column<String>> COLUMNS = List.of(Column.text("FAMILY", 12, 80, 0, f -> Cell.of(f, Tone.STRONG)));

    @Override
    public Kind kind() {
        return Kind.TASKDEFS;
    }

    @Override
    public List<Column<String>> columns() {
        return COLUMNS;
    }

    @Override
    public String key(String row) {
        return row;
    }

    @Override
    public Observable<Snapshot<List<String>>> watch(Session session, Place place, Observable<List<String>> window,
                                                    Scheduler timer) {
        return session.taskDefinitionFamilies();
    }

    @Override
    public Target target(Place place, String row) {
        return new Target(Kind.TASKDEFS, null, null, null, null, row, null, false, null);
    }

    @Override
    public Optional<Place> open(Place place, String row) {
        return Optional.of(Place.revisions(row));
    }
}
