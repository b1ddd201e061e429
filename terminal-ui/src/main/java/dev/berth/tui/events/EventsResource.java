package dev.berth.tui.events;

import dev.berth.core.Session;
import dev.berth.core.model.Deployment;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceDeployment;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.core.watch.Snapshot;
import dev.berth.tui.nav.Kind;
import dev.berth.tui.nav.Place;
import dev.berth.tui.nav.Resource;
import dev.berth.tui.nav.Snapshots;
import dev.berth.tui.nav.Target;
import dev.berth.tui.services.ServiceHealth;
import dev.berth.tui.table.Cell;
import dev.berth.tui.table.Column;
import dev.berth.tui.ui.Text;
import dev.berth.tui.ui.Tone;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A service's events and deployments on one timeline, newest first: the console's event
 * messages interleaved with deployments starting, progressing and ending (◆ marks deployments).
 */
public final class EventsResource implements Resource<TimelineEntry> {
    private final List<Column<TimelineEntry>> columns;

    public EventsResource(Clock clock) {
        columns = List.of(
                Column.<TimelineEntry>text("TIME", 8, 8, 0, e -> Cell.of(Text.clock(e.at()), Tone.DIM))
                        .orderedBy(Comparator.comparing(TimelineEntry::at)),
                Column.<TimelineEntry>text("AGE", 4, 4, 2, e -> Cell.of(Text.age(e.at(), clock.instant()), Tone.DIM))
                        .orderedBy(Comparator.comparing(TimelineEntry::at)),
                Column.text(" ", 1, 1, 0, e -> Cell.of(e.deployment() ? "◆" : "│", e.deployment() ? Tone.ACCENT : Tone.DIM)),
                Column.text("WHAT", 10, 200, 0, e -> Cell.of(e.text(), e.tone())));
    }

    @Override
    public Kind kind() {
        return Kind.EVENTS;
    }

    @Override
    public List<Column<TimelineEntry>> columns() {
        return columns;
    }

    @Override
    public String key(TimelineEntry row) {
        return row.at().toEpochMilli() + row.text();
    }

    @Override
    public Observable<Snapshot<List<TimelineEntry>>> watch(Session session, Place place,
                                                            Observable<List<TimelineEntry>> window, Scheduler timer) {
        Observable<Snapshot<List<ServiceDeployment>>> history = session.deployments(place.cluster(), place.service())
                .startWithItem(Snapshot.loading());
        return Observable.combineLatest(session.service(place.cluster(), place.service()), history,
                (s, h) -> Snapshots.combine(s, h, EventsResource::timeline));
    }

    static List<TimelineEntry> timeline(Service s, List<ServiceDeployment> history) {
        List<TimelineEntry> out = new ArrayList<>();
        for (ServiceEvent e : s.events()) {
            String msg = e.message().replaceFirst("^\\(service [^)]*\\) ", "");
            Tone tone = msg.contains("steady state") ? Tone.GOOD
                    : msg.contains("unable") || msg.contains("failed") || msg.contains("stopped") ? Tone.WARN : Tone.NORMAL;
            out.add(new TimelineEntry(e.at(), false, msg, tone));
        }
        for (Deployment d : s.deployments()) {
            if (d.createdAt() != null) {
                String state = d.rolloutState() == null ? d.status() : d.rolloutState();
                out.add(new TimelineEntry(d.createdAt(), true, String.format("%s %s %s  %d/%d running, %d pending%s",
                        d.status(), d.revision(), state, d.runningCount(), d.desiredCount(), d.pendingCount(),
                        d.failedTasks() > 0 ? ", " + d.failedTasks() + " failed" : ""), ServiceHealth.rolloutTone(d.rolloutState())));
            }
        }
        if (history != null) {
            for (ServiceDeployment d : history) {
                if (d.finishedAt() != null) {
                    String from = d.sourceTaskDefinitionArn() == null || d.targetTaskDefinitionArn() == null ? ""
                            : TaskDefinitionRef.familyRevision(d.sourceTaskDefinitionArn()) + " → ";
                    String cb = d.circuitBreakerThreshold() > 0
                            ? ", circuit breaker " + d.circuitBreakerFailures() + "/" + d.circuitBreakerThreshold() : "";
                    Tone tone = d.status() != null && (d.status().contains("FAIL") || d.rolledBack()) ? Tone.BAD : Tone.GOOD;
                    String target = d.targetTaskDefinitionArn() == null ? "" : TaskDefinitionRef.familyRevision(d.targetTaskDefinitionArn()) + " ";
                    out.add(new TimelineEntry(d.finishedAt(), true, "deployment " + from + target + d.status()
                            + (d.rolledBack() ? " (rolled back)" : "") + cb
                            + (d.statusReason() == null ? "" : ": " + d.statusReason()), tone));
                }
            }
        }
        out.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.<Instant>naturalOrder())).reversed());
        return out;
    }

    @Override
    public Target target(Place place, TimelineEntry row) {
        return new Target(Kind.EVENTS, place.cluster(), place.service(), null, null, null, null, false, row);
    }

    @Override
    public Optional<Place> open(Place place, TimelineEntry row) {
        return Optional.empty();
    }
}
