package dev.berth.tui.triage;

import dev.berth.core.Session;
import dev.berth.core.model.Severity;
import dev.berth.core.triage.Finding;
import dev.berth.core.watch.Snapshot;
import dev.berth.tui.nav.Kind;
import dev.berth.tui.nav.Place;
import dev.berth.tui.nav.Resource;
import dev.berth.tui.nav.Target;
import dev.berth.tui.table.Cell;
import dev.berth.tui.table.Column;
import dev.berth.tui.ui.Text;
import dev.berth.tui.ui.Tone;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What is wrong right now, worst first; Enter opens a finding's evidence. */
public final class TriageResource implements Resource<Finding> {
    private final List<Column<Finding>> columns;

    public TriageResource(Clock clock) {
        columns = List.of(
                new Column<Finding>("SEVERITY", 8, 8, dev.berth.tui.table.Align.LEFT, 0,
                        f -> Cell.of(f.severity(), tone(f.severity())), Comparator.comparing(Finding::severity)),
                Column.text("CLUSTER", 7, 24, 4, f -> Cell.of(f.cluster(), Tone.DIM)),
                Column.text("SERVICE", 7, 32, 1, f -> Cell.of(f.service(), Tone.STRONG)),
                Column.text("WHAT", 10, 24, 2, f -> Cell.of(f.kind().label())),
                Column.<Finding>text("SINCE", 5, 5, 3, f -> Cell.of(Text.age(f.since(), clock.instant())))
                        .orderedBy(Comparator.comparing(f -> f.since() == null ? Instant.MAX : f.since())),
                Column.text("FINDING", 10, 120, 0, f -> Cell.of(f.title())));
    }

    public static Tone tone(Severity s) {
        return switch (s) {
            case CRITICAL, ERROR -> Tone.BAD;
            case WARN -> Tone.WARN;
            case INFO -> Tone.ACCENT;
            default -> Tone.DIM;
        };
    }

    @Override
    public Kind kind() {
        return Kind.TRIAGE;
    }

    @Override
    public List<Column<Finding>> columns() {
        return columns;
    }

    @Override
    public String key(Finding row) {
        return row.id();
    }

    @Override
    public Observable<Snapshot<List<Finding>>> watch(Session session, Place place, Observable<List<Finding>> window,
                                                     Scheduler timer) {
        return session.triage(place.cluster());
    }

    @Override
    public Target target(Place place, Finding f) {
        return new Target(Kind.TRIAGE, f.cluster(), f.service(), f.taskId(), null, null, null, false, f);
    }

    /** Enter opens the evidence, which the shell shows as text. */
    @Override
    public Optional<Place> open(Place place, Finding row) {
        return Optional.empty();
    }

    /** Where the evidence points: the finding's task, else its service's tasks, else its cluster. */
    public static Place evidencePlace(Finding f) {
        if (f.taskId() != null && f.cluster() != null) {
            return Place.containers(f.cluster(), f.service(), f.taskId());
        }
        if (f.service() != null && f.cluster() != null) {
            return Place.tasks(f.cluster(), f.service());
        }
        return f.cluster() != null ? Place.services(f.cluster()) : Place.clusters();
    }
}
