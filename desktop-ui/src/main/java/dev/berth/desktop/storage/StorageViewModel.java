package dev.berth.desktop.storage;

import dev.berth.core.model.TaskDefinition;
import dev.berth.core.watch.Snapshot;
import dev.berth.desktop.detail.SectionsViewModel;
import dev.berth.desktop.detail.Target;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The Storage and secrets tab: the sections of a task definition, with the values of secret-looking
 * environment variables masked until {@link #revealedProperty} is set. Following another resource
 * masks them again, so revealing never outlives the resource it was asked for; the detail also
 * resets it when its tab is left.
 */
public final class StorageViewModel {
    private final BooleanProperty revealed = new SimpleBooleanProperty(false);
    private final BooleanProperty maskable = new SimpleBooleanProperty(false);
    private final SectionsViewModel<TaskDefinition> sections;
    private Target target;

    /** {@code definition}: the task definition a target runs. */
    public StorageViewModel(Function<Target, Observable<Snapshot<TaskDefinition>>> definition, Scheduler ui) {
        sections = new SectionsViewModel<>(definition, td -> {
            maskable.set(StorageSections.hasMaskedValues(td));
            return StorageSections.of(td, revealed.get());
        }, ui);
        revealed.addListener((o, a, b) -> sections.refresh());
    }

    /** Watches this target's task definition (the tab is shown). */
    public void follow(Target next) {
        if (!Objects.equals(next, target)) {
            target = next;
            revealed.set(false);
            maskable.set(false);
        }
        sections.follow(next);
    }

    public void stop() {
        sections.stop();
    }

    /** True while secret-looking environment values are shown in the clear. */
    public BooleanProperty revealedProperty() {
        return revealed;
    }

    /** True when the definition has values to mask (the reveal toggle means something). */
    public BooleanProperty maskableProperty() {
        return maskable;
    }

    public SectionsViewModel<TaskDefinition> sections() {
        return sections;
    }

    public void dispose() {
        sections.dispose();
    }
}
