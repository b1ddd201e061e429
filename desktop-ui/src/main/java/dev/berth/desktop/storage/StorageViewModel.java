package dev.berth.desktop.storage;

import dev.berth.core.model.TaskDefinition;
import dev.berth.core.watch.Snapshot;
import dev.berth.desktop.detail.SectionsViewModel;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The Storage and secrets tab: the sections of a task definition, with the values of secret-looking
 * environment variables masked until {@link #revealedProperty} is set. A new selection makes a new
 * model, so revealing never outlives the resource it was asked for; the detail also resets it when
 * its tab is left.
 */
public final class StorageViewModel {
    private final BooleanProperty revealed = new SimpleBooleanProperty(false);
    private final BooleanProperty maskable = new SimpleBooleanProperty(false);
    private final SectionsViewModel<TaskDefinition> sections;

    public StorageViewModel(Observable<Snapshot<TaskDefinition>> definition, Scheduler ui) {
        sections = new SectionsViewModel<>(definition, td -> {
            maskable.set(StorageSections.hasMaskedValues(td));
            return StorageSections.of(td, revealed.get());
        }, ui);
        revealed.addListener((o, a, b) -> sections.refresh());
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
