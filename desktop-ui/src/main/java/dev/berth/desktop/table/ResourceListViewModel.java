package dev.berth.desktop.table;

import dev.berth.core.watch.Snapshot;
import dev.berth.desktop.fx.RowList;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.disposables.CompositeDisposable;
import io.reactivex.rxjava3.disposables.Disposable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * A resource list as the screen holds it: rows from a snapshot slice, the filter, the selection,
 * when the data was fetched and what went wrong last. A failed poll keeps the rows. All methods run
 * on the UI thread; {@link #bind} hops there through the injected scheduler.
 */
public class ResourceListViewModel<R> {
    /** Up to this many changed rows are replaced in place (keeping cells and selection); more reset the list. */
    static final int MAX_SINGLE_REPLACES = 32;

    private final String title;
    private final List<Column<R>> columns;
    private final Function<R, String> key;
    private final Function<R, String> searchText;
    private final RowList<R> rows = new RowList<>();
    private final FilteredList<R> filtered = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<R> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Instant> fetchedAt = new SimpleObjectProperty<>();
    private final BooleanProperty stale = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private final StringProperty problem = new SimpleStringProperty();
    private final CompositeDisposable subscriptions = new CompositeDisposable();
    private String pendingKey;

    public ResourceListViewModel(String title, List<Column<R>> columns, Function<R, String> key,
                                 Function<R, String> searchText) {
        this.title = title;
        this.columns = List.copyOf(columns);
        this.key = key;
        this.searchText = searchText;
        filter.addListener((o, a, b) -> filtered.setPredicate(TextFilter.of(b, searchText)));
    }

    /** Follows a slice until {@link #dispose}; snapshots are applied on {@code ui}. */
    public ResourceListViewModel<R> bind(Observable<Snapshot<List<R>>> source, Scheduler ui) {
        subscriptions.add(subscribe(source, ui));
        return this;
    }

    /** Applies a slice's snapshots on {@code ui} until the returned subscription is disposed. */
    public Disposable subscribe(Observable<Snapshot<List<R>>> source, Scheduler ui) {
        return source.observeOn(ui).subscribe(this::accept, e -> problem.set(e.getMessage()));
    }

    /** Forgets every row, the selection and the filter (the list is about to show another slice). */
    public void clear() {
        pendingKey = null;
        selected.set(null);
        filter.set("");
        rows.clear();
        fetchedAt.set(null);
        stale.set(false);
        problem.set(null);
        loading.set(true);
    }

    /** Applies a snapshot: rows are replaced in place when the same keys come back in the same order. */
    public void accept(Snapshot<List<R>> snapshot) {
        problem.set(snapshot.problem() == null ? null : snapshot.problem().message());
        stale.set(snapshot.stale());
        if (!snapshot.hasValue()) {
            return;
        }
        loading.set(false);
        fetchedAt.set(snapshot.fetchedAt());
        List<R> next = snapshot.value();
        if (sameKeys(next)) {
            List<Integer> changed = new java.util.ArrayList<>();
            for (int i = 0; i < next.size() && changed.size() <= MAX_SINGLE_REPLACES; i++) {
                if (!Objects.equals(rows.get(i), next.get(i))) {
                    changed.add(i);
                }
            }
            if (changed.size() > MAX_SINGLE_REPLACES) {
                // Past a few replaced rows, one reset is cheaper for filter, sort and table.
                rows.setAll(next);
            } else if (!changed.isEmpty()) {
                rows.replace(changed, next);
            }
        } else {
            rows.setAll(next);
        }
        R sel = selected.get();
        if (pendingKey != null) {
            selectKey(pendingKey);
        } else if (sel != null) {
            String k = key.apply(sel);
            selected.set(next.stream().filter(r -> key.apply(r).equals(k)).findFirst().orElse(null));
        }
    }

    /** Selects the row with this key now, or as soon as a snapshot brings it (opening a task from a log line). */
    public void selectKey(String k) {
        R row = rows.stream().filter(r -> key.apply(r).equals(k)).findFirst().orElse(null);
        if (row == null) {
            pendingKey = k;
        } else {
            pendingKey = null;
            filter.set("");
            selected.set(row);
        }
    }

    private boolean sameKeys(List<R> next) {
        if (next.size() != rows.size()) {
            return false;
        }
        for (int i = 0; i < next.size(); i++) {
            if (!key.apply(next.get(i)).equals(key.apply(rows.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** True while a {@link #selectKey} waits for its row: nothing else should pick a selection meanwhile. */
    public boolean selectionPending() {
        return pendingKey != null;
    }

    public String title() {
        return title;
    }

    public List<Column<R>> columns() {
        return columns;
    }

    public String keyOf(R row) {
        return key.apply(row);
    }

    public String searchTextOf(R row) {
        return searchText.apply(row);
    }

    /** Every row the slice holds. */
    public ObservableList<R> rows() {
        return rows;
    }

    /** The rows the filter lets through, in slice order (the view sorts). */
    public FilteredList<R> filtered() {
        return filtered;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<R> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Instant> fetchedAtProperty() {
        return fetchedAt;
    }

    public BooleanProperty staleProperty() {
        return stale;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    /** "12 of 40" when filtered, else "40". */
    public StringBinding countText() {
        return Bindings.createStringBinding(() -> filtered.size() == rows.size()
                ? String.valueOf(rows.size()) : filtered.size() + " of " + rows.size(), filtered, rows);
    }

    public void dispose() {
        subscriptions.dispose();
    }
}
