package dev.berth.desktop.detail;

import dev.berth.core.watch.Snapshot;
import dev.berth.desktop.fx.Follower;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.disposables.Disposable;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A detail tab made of {@link Section}s from one slice of the target it follows: each new value is
 * rendered into sections on the UI thread. A value equal to the last one is not rendered again, so
 * the tables on screen keep their scroll and selection between polls (and when the tab is shown
 * again). The slice's problem shows above the sections, which keep the last value's content.
 * Nothing is watched until {@link #follow}; another target's sections replace the last one's at once.
 */
public final class SectionsViewModel<T> {
    private final Function<T, List<Section>> render;
    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private final Follower<Target> follower;
    private T last;

    public SectionsViewModel(Function<Target, Observable<Snapshot<T>>> slice, Function<T, List<Section>> render, Scheduler ui) {
        this.render = render;
        this.follower = new Follower<>(t -> forget(), t -> subscribe(slice.apply(t), ui));
    }

    private Disposable subscribe(Observable<Snapshot<T>> slice, Scheduler ui) {
        return slice.observeOn(ui).subscribe(this::accept, e -> problem.set(e.getMessage()));
    }

    private void forget() {
        last = null;
        sections.clear();
        problem.set(null);
        loading.set(true);
    }

    private void accept(Snapshot<T> s) {
        problem.set(s.problem() == null ? null : s.problem().message());
        if (!s.hasValue()) {
            return;
        }
        loading.set(false);
        if (!Objects.equals(s.value(), last)) {
            last = s.value();
            refresh();
        }
    }

    /** Watches this target's slice (its tab is shown). */
    public void follow(Target target) {
        follower.follow(target);
    }

    /** Stops watching (its tab is hidden); the sections stay. */
    public void stop() {
        follower.stop();
    }

    /** Renders the last value again (something the rendering reads besides the value has changed). */
    public void refresh() {
        if (last != null) {
            sections.setAll(render.apply(last));
        }
    }

    /** The section with this id, or null. */
    public Section section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    public ObservableList<Section> sections() {
        return sections;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    /** True until the slice's first value arrives. */
    public BooleanProperty loadingProperty() {
        return loading;
    }

    public void dispose() {
        follower.dispose();
    }
}
