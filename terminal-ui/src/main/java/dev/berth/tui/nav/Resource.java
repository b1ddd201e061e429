package dev.berth.tui.nav;

import dev.berth.core.Session;
import dev.berth.core.watch.Snapshot;
import dev.berth.tui.table.Column;
import dev.berth.tui.ui.StyledLine;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import java.util.List;
import java.util.Optional;

/**
 * One kind of list in the registry (k9s's renderer plus its registry entry): the columns, the row
 * identity, where the rows come from, what a row stands for and where Enter leads.
 */
public interface Resource<T> {
    Kind kind();

    List<Column<T>> columns();

    String key(T row);

    /**
     * The rows of a place. {@code window} emits the rows on screen whenever they change, so a
     * resource can tell the core what is visible or fetch extras (metrics) for those rows only;
     * {@code timer} paces such extras.
     */
    Observable<Snapshot<List<T>>> watch(Session session, Place place, Observable<List<T>> window, Scheduler timer);

    Target target(Place place, T row);

    /** The place Enter opens from this row, if any. */
    Optional<Place> open(Place place, T row);

    /**
     * Lines about the selected row shown under the table (wrapped, at most {@link #detailRows()}):
     * what the narrow columns leave out.
     */
    default List<StyledLine> detail(T row) {
        return List.of();
    }

    /** The row the cursor starts on when the list first fills (the first row when none is). */
    default boolean startsOn(T row) {
        return false;
    }

    /** Rows kept under the table for {@link #detail}; 0 for none. */
    default int detailRows() {
        return 0;
    }
}
