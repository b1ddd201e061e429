package dev.berth.tui.triage;

import dev.berth.core.Session;
import dev.berth.core.model.Severity;
import dev.berth.core.triage.Finding;
import dev.berth.core.triage.FindingKind;
import dev.berth.tui.details.ServiceDocument;
import dev.berth.core.watch.Snapshot;
import dev.berth.tui.nav.Kind;
import dev.berth.tui.nav.Place;
import dev.berth.tui.nav.Resource;
import dev.berth.tui.nav.Target;
import dev.berth.tui.table.Align;
import dev.berth.tui.table.Cell;
import dev.berth.tui.table.Column;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Text;
import dev.berth.tui.ui.Tone;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What is wrong right now, worst first; Enter opens a finding's evidence. */
public final class TriageResource implements Resource<Finding> {
    private final List<Column<Finding>> columns;
    private final Clock clock;

    public TriageResource(Clock clock) {
        this.clock = clock;
        // At 80 columns the finding's own words matter most: cluster, what and service (which the
        // title names anyway) give way first, and the line under the table shows them for the selection.
        columns = List.of(
                new Column<Finding>("SEVERITY", 8, 8, Align.LEFT, 0,
                        f -> Cell.of(f.severity(), tone(f.severity())), Comparator.comparing(Finding::severity)),
                Column.text("CLUSTER", 7, 24, 6, f -> Cell.of(f.cluster(), Tone.DIM)),
                Column.text("SERVICE", 7, 24, 4, f -> Cell.of(f.service(), Tone.STRONG)),
                Column.text("WHAT", 10, 24, 5, f -> Cell.of(f.kind().label())),
                Column.<Finding>text("SINCE", 5, 5, 1, f -> Cell.of(Text.age(f.since(), clock.instant())))
                        .orderedBy(Comparator.comparing(f -> f.since() == null ? Instant.MAX : f.since())),
                Column.text("FINDING", 20, 160, 0, f -> Cell.of(f.title())));
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

    /** Under the table: what, where and since when, the whole finding, and its first evidence. */
    @Override
    public List<StyledLine> detail(Finding f) {
        StyledLine head = StyledLine.builder().add("─ ", Tone.DIM).add(f.severity().toString(), tone(f.severity()))
                .add(" " + f.kind().label() + " · " + Text.orDash(f.cluster()) + (f.service() == null ? "" : "/" + f.service())
                        + " · since " + Text.dateTime(f.since()) + " (" + Text.age(f.since(), clock.instant()) + " ago) ",
                        Tone.DIM).build();
        List<StyledLine> out = new ArrayList<>();
        out.add(head);
        out.add(StyledLine.of("  " + f.title(), Tone.STRONG));
        f.evidence().stream().findFirst().ifPresent(e -> out.add(StyledLine.of("  • " + e, Tone.DIM)));
        return out;
    }

    @Override
    public int detailRows() {
        return 4;
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

    /**
     * Where the evidence points: the service's details at the part that is wrong for load balancer,
     * Cloud Map and alarm findings; the cluster's container instances for a disconnected agent; else
     * the finding's task, its service's tasks, or its cluster.
     */
    public static Place evidencePlace(Finding f) {
        String section = switch (f.kind()) {
            case TARGETS_UNHEALTHY, TARGETS_DRAINING -> ServiceDocument.BALANCING;
            case DISCOVERY_RECORD_STALE, DISCOVERY_INSTANCES_UNHEALTHY -> ServiceDocument.DISCOVERY;
            case ALARM_FIRING -> ServiceDocument.ALARMS;
            default -> null;
        };
        if (section != null && f.service() != null && f.cluster() != null) {
            return Place.describeService(f.cluster(), f.service(), section);
        }
        if (f.kind() == FindingKind.AGENT_DISCONNECTED && f.cluster() != null) {
            return Place.instances(f.cluster());
        }
        if (f.taskId() != null && f.cluster() != null) {
            return Place.containers(f.cluster(), f.service(), f.taskId());
        }
        if (f.service() != null && f.cluster() != null) {
            return Place.tasks(f.cluster(), f.service());
        }
        return f.cluster() != null ? Place.services(f.cluster()) : Place.clusters();
    }

    /** What Enter on the evidence opens, in words ("the task", "the service's load balancing"). */
    public static String evidenceWhere(Finding f) {
        Place p = evidencePlace(f);
        return switch (p.kind()) {
            case DESCRIBE -> "the service's " + switch (Objects.toString(p.label(), "")) {
                case ServiceDocument.BALANCING -> "load balancing";
                case ServiceDocument.DISCOVERY -> "service discovery";
                case ServiceDocument.ALARMS -> "alarms";
                default -> "details";
            };
            case INSTANCES -> "the cluster's container instances";
            case CONTAINERS -> "the task";
            case TASKS -> "the service's tasks";
            default -> "the cluster";
        };
    }
}
