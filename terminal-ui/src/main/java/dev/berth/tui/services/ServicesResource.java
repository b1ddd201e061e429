package dev.berth.tui.services;

import dev.berth.core.Session;
import dev.berth.core.model.Deployment;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.ServiceMetrics;
import dev.berth.core.model.ServiceRow;
import dev.berth.core.watch.Snapshot;
import dev.berth.tui.metrics.Sparkline;
import dev.berth.tui.nav.Kind;
import dev.berth.tui.nav.Place;
import dev.berth.tui.nav.Resource;
import dev.berth.tui.nav.Snapshots;
import dev.berth.tui.nav.Target;
import dev.berth.tui.table.Cell;
import dev.berth.tui.table.Column;
import dev.berth.tui.ui.Text;
import dev.berth.tui.ui.Tone;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The services of a cluster: counts, rollout, revision, CPU and memory sparklines, the last event
 * and a health mark. Rows on screen are reported to the core ({@code Session.visible}) and only
 * they get metrics; the rest show their name until the core has described them.
 */
public final class ServicesResource implements Resource<ServiceLine> {
    /** Metrics window behind the sparklines. */
    static final Duration METRICS_WINDOW = Duration.ofHours(1);
    private static final int SPARK = 8;

    private final List<Column<ServiceLine>> columns;

    public ServicesResource(Clock clock) {
        columns = List.of(
                Column.<ServiceLine>text(" ", 1, 1, 0, l -> Cell.of(ServiceHealth.mark(l.row().service()), ServiceHealth.tone(l.row().service())))
                        .orderedBy(Comparator.comparing(l -> -ServiceHealth.tone(l.row().service()).ordinal())),
                Column.text("NAME", 12, 40, 0, l -> Cell.of(l.row().name(), Tone.STRONG)),
                Column.number("DESIRED", 0, l -> count(l, Service::desiredCount)),
                Column.number("RUNNING", 0, l -> running(l.row().service())),
                Column.number("PENDING", 2, l -> count(l, Service::pendingCount)),
                Column.text("ROLLOUT", 7, 11, 1, l -> rollout(l.row().service())),
                Column.text("REVISION", 8, 28, 4, l -> Cell.of(l.row().described() ? l.row().service().revision() : "…", Tone.DIM)),
                Column.text("CPU", SPARK + 5, SPARK + 5, 2, l -> metric(l.metrics(), true)),
                Column.text("MEM", SPARK + 5, SPARK + 5, 4, l -> metric(l.metrics(), false)),
                Column.text("LAST EVENT", 10, 90, 5, l -> lastEvent(l.row().service(), clock)));
    }

    private static Cell count(ServiceLine l, Function<Service, Integer> f) {
        return l.row().described() ? Cell.of(f.apply(l.row().service())) : Cell.of("…", Tone.DIM);
    }

    private static Cell running(Service s) {
        if (s == null) {
            return Cell.of("…", Tone.DIM);
        }
        return Cell.of(s.runningCount(), s.runningCount() < s.desiredCount() ? Tone.WARN : Tone.NORMAL);
    }

    private static Cell rollout(Service s) {
        if (s == null) {
            return Cell.of("…", Tone.DIM);
        }
        Deployment p = s.primaryDeployment();
        String state = p == null ? null : p.rolloutState();
        String text = state == null ? "-" : switch (state) {
            case "IN_PROGRESS" -> "ROLLING";
            default -> state;
        };
        return Cell.of(text, ServiceHealth.rolloutTone(state));
    }

    private static Cell metric(ServiceMetrics m, boolean cpu) {
        if (m == null) {
            return Cell.of("", Tone.DIM);
        }
        var points = cpu ? m.cpu() : m.memory();
        Double latest = cpu ? m.latestCpu() : m.latestMemory();
        Tone tone = latest == null ? Tone.DIM : latest >= 90 ? Tone.BAD : latest >= 75 ? Tone.WARN : Tone.ACCENT;
        return Cell.of(Sparkline.withLatest(points, SPARK), tone);
    }

    private static Cell lastEvent(Service s, Clock clock) {
        if (s == null || s.events().isEmpty()) {
            return Cell.of("", Tone.DIM);
        }
        ServiceEvent e = s.events().stream().max(Comparator.comparing(ServiceEvent::at)).orElseThrow();
        String msg = e.message().replaceFirst("^\\(service [^)]*\\) ", "");
        Tone tone = msg.contains("unable") || msg.contains("failed") || msg.contains("error") ? Tone.BAD : Tone.DIM;
        return Cell.of(Text.age(e.at(), clock.instant()) + " " + msg, tone);
    }

    @Override
    public Kind kind() {
        return Kind.SERVICES;
    }

    @Override
    public List<Column<ServiceLine>> columns() {
        return columns;
    }

    @Override
    public String key(ServiceLine row) {
        return row.row().name();
    }

    @Override
    public Observable<Snapshot<List<ServiceLine>>> watch(Session session, Place place,
                                                          Observable<List<ServiceLine>> window, Scheduler timer) {
        String cluster = place.cluster();
        Observable<List<String>> names = window
                .map(rows -> rows.stream().map(l -> l.row().name()).toList())
                .distinctUntilChanged()
                .doOnNext(n -> session.visible(cluster, n))
                .share();
        // Metrics follow the window, but not every keystroke of a scroll: wait for it to rest.
        Observable<Map<String, ServiceMetrics>> metrics = Observable.merge(names.take(1),
                        names.skip(1).debounce(250, TimeUnit.MILLISECONDS, timer))
                .filter(n -> !n.isEmpty())
                .switchMap(n -> session.metrics(cluster, n, METRICS_WINDOW))
                .filter(Snapshot::hasValue)
                .map(s -> byService(s.value()))
                .startWithItem(Map.of());
        Observable<Snapshot<List<ServiceRow>>> rows = session.services(cluster);
        Joined joined = new Joined();
        return Observable.combineLatest(rows, metrics.mergeWith(names.ignoreElements().toObservable()),
                (r, m) -> Snapshots.map(r, list -> joined.lines(list, m)));
    }

    /**
     * Rows joined with their metrics; the same lines again for the same rows and metrics (the core
     * re-sends an unchanged list as itself, and the table then skips it).
     */
    private static final class Joined {
        private List<ServiceRow> rows;
        private Map<String, ServiceMetrics> metrics;
        private List<ServiceLine> lines;

        synchronized List<ServiceLine> lines(List<ServiceRow> r, Map<String, ServiceMetrics> m) {
            if (r != rows || m != metrics) {
                rows = r;
                metrics = m;
                lines = ServicesResource.lines(r, m);
            }
            return lines;
        }
    }

    private static Map<String, ServiceMetrics> byService(List<ServiceMetrics> all) {
        Map<String, ServiceMetrics> m = new HashMap<>();
        for (ServiceMetrics sm : all) {
            if (sm.service() != null) {
                m.put(sm.service(), sm);
            }
        }
        return m;
    }

    private static List<ServiceLine> lines(List<ServiceRow> rows, Map<String, ServiceMetrics> metrics) {
        List<ServiceLine> out = new ArrayList<>(rows.size());
        for (ServiceRow r : rows) {
            out.add(new ServiceLine(r, metrics.get(r.name())));
        }
        return out;
    }

    @Override
    public Target target(Place place, ServiceLine row) {
        return Target.service(place.cluster(), row.row().name(), row.row().arn(), row.row().described() ? row.row().service() : row.row());
    }

    @Override
    public Optional<Place> open(Place place, ServiceLine row) {
        return Optional.of(Place.tasks(place.cluster(), row.row().name()));
    }
}
