package dev.berth.desktop.triage;

import dev.berth.core.Session;
import dev.berth.core.model.Severity;
import dev.berth.core.triage.Finding;
import dev.berth.desktop.fx.Tone;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.disposables.CompositeDisposable;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What is wrong right now across every cluster: the core's findings, worst first, a count for the
 * badge, and a callback for each finding that was not there at the previous poll.
 */
public final class TriageViewModel {
    /** Findings that first show within this time after opening are the state found, not news. */
    static final java.time.Duration SETTLING = java.time.Duration.ofSeconds(20);
    private static final Comparator<Finding> WORST_FIRST = Comparator.comparing(Finding::severity).reversed()
            .thenComparing(f -> f.since() == null ? Instant.MAX : f.since());

    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final IntegerProperty count = new SimpleIntegerProperty();
    private final ObjectProperty<Severity> worst = new SimpleObjectProperty<>();
    private final ObjectProperty<Finding> selected = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty();
    private final ObjectProperty<Instant> fetchedAt = new SimpleObjectProperty<>();
    private final Set<String> seen = new HashSet<>();
    private final CompositeDisposable subscriptions = new CompositeDisposable();
    private final Session session;
    private final Scheduler ui;
    private final Clock clock;
    private final Instant watchingSince;
    private Consumer<Finding> onNew = f -> { };
    private boolean baseline = true;
    private boolean watching;

    /** A model that shows nothing until {@link #watch()}. */
    public TriageViewModel(Session session, Scheduler ui, Clock clock) {
        this.session = session;
        this.ui = ui;
        this.clock = clock;
        this.watchingSince = clock.instant();
    }

    /** True once {@link #watch()} has started polling. */
    public boolean watching() {
        return watching;
    }

    /** Starts polling the findings (once; later calls do nothing). */
    public void watch() {
        if (watching || subscriptions.isDisposed()) {
            return;
        }
        watching = true;
        subscriptions.add(session.triage(null).observeOn(ui).subscribe(s -> {
            problem.set(s.problem() == null ? null : s.problem().message());
            if (s.hasValue()) {
                fetchedAt.set(s.fetchedAt());
                accept(s.value());
            }
        }));
    }

    private void accept(List<Finding> now) {
        List<Finding> sorted = now.stream().sorted(WORST_FIRST).toList();
        Finding sel = selected.get();
        if (sorted.stream().map(Finding::id).toList().equals(findings.stream().map(Finding::id).toList())) {
            for (int i = 0; i < sorted.size(); i++) {
                if (!sorted.get(i).equals(findings.get(i))) {
                    findings.set(i, sorted.get(i));
                }
            }
        } else {
            findings.setAll(sorted);
        }
        count.set(sorted.size());
        worst.set(sorted.isEmpty() ? null : sorted.get(0).severity());
        if (sel != null) {
            selected.set(sorted.stream().filter(f -> f.id().equals(sel.id())).findFirst().orElse(null));
        }
        // Trouble found by the first poll, or while the first slices still fill in, is what Berth opened
        // onto, not news: only what starts later while the operator watches pops up.
        boolean settling = baseline || clock.instant().isBefore(watchingSince.plus(SETTLING));
        for (Finding f : sorted) {
            if (seen.add(f.id()) && !settling) {
                onNew.accept(f);
            }
        }
        seen.retainAll(sorted.stream().map(Finding::id).toList());
        baseline = false;
    }

    public static Tone tone(Severity s) {
        return switch (s) {
            case CRITICAL, ERROR -> Tone.BAD;
            case WARN -> Tone.WARN;
            case INFO -> Tone.INFO;
            case DEBUG, UNKNOWN -> Tone.MUTED;
        };
    }

    public void setOnNewFinding(Consumer<Finding> c) {
        onNew = c;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public IntegerProperty countProperty() {
        return count;
    }

    public ObjectProperty<Severity> worstProperty() {
        return worst;
    }

    public ObjectProperty<Finding> selectedProperty() {
        return selected;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ObjectProperty<Instant> fetchedAtProperty() {
        return fetchedAt;
    }

    public void dispose() {
        subscriptions.dispose();
    }
}
