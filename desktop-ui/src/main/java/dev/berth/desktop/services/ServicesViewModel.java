package dev.berth.desktop.services;

import dev.berth.core.Session;
import dev.berth.core.model.ServiceMetrics;
import dev.berth.core.model.ServiceRow;
import dev.berth.core.watch.Snapshot;
import dev.berth.desktop.table.Column;
import dev.berth.desktop.table.ResourceListViewModel;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.disposables.CompositeDisposable;
import io.reactivex.rxjava3.subjects.BehaviorSubject;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The services of one cluster with CPU and memory sparklines. Rows on screen are reported to the
 * core (described and re-polled first) and only they get metrics, so 5,000 services cost what the
 * screen shows.
 */
public final class ServicesViewModel {
    static final Duration SPARK_WINDOW = Duration.ofHours(1);

    private final Session session;
    private final String cluster;
    private final ResourceListViewModel<ServiceItem> list;
    private final BehaviorSubject<TreeSet<String>> visible = BehaviorSubject.createDefault(new TreeSet<>());
    private final CompositeDisposable subscriptions = new CompositeDisposable();

    public ServicesViewModel(Session session, String cluster, Scheduler ui) {
        this.session = session;
        this.cluster = cluster;
        this.list = new ResourceListViewModel<>("Services", columns(), ServiceItem::name, ServiceItem::searchText);
        // Metrics of the rows on screen, gathered per service; rows scrolled away keep their last line.
        Observable<Map<String, ServiceMetrics>> metrics = visible.distinctUntilChanged()
                .filter(names -> !names.isEmpty())
                .switchMap(names -> session.metrics(cluster, names, SPARK_WINDOW))
                .filter(Snapshot::hasValue)
                .scan(Map.<String, ServiceMetrics>of(), ServicesViewModel::merge)
                .distinctUntilChanged();
        // Rows are built where the slices emit (off the FX thread); the FX thread only applies them.
        subscriptions.add(Observable.combineLatest(session.services(cluster), metrics, ServicesViewModel::rows)
                .observeOn(ui)
                .subscribe(list::accept));
    }

    private static Map<String, ServiceMetrics> merge(Map<String, ServiceMetrics> known, Snapshot<List<ServiceMetrics>> s) {
        Map<String, ServiceMetrics> next = new HashMap<>(known);
        s.value().stream().filter(m -> m.service() != null).forEach(m -> next.put(m.service(), m));
        return Map.copyOf(next);
    }

    static Snapshot<List<ServiceItem>> rows(Snapshot<List<ServiceRow>> s, Map<String, ServiceMetrics> metrics) {
        List<ServiceItem> rows = s.hasValue()
                ? s.value().stream().map(r -> ServiceItem.of(r, metrics.get(r.name()))).toList()
                : null;
        return new Snapshot<>(rows, s.fetchedAt(), s.problem(), s.stale());
    }

    static List<Column<ServiceItem>> columns() {
        return List.of(
                Column.text("Service", 200, ServiceItem::name).toned(ServiceItem::tone),
                Column.text("Status", 120, ServiceItem::status).toned(ServiceItem::tone),
                Column.number("Tasks", 90, ServiceItem::running, ServiceItem::tasksText).toned(ServiceItem::tone),
                Column.text("Revision", 130, ServiceItem::revision),
                Column.text("Rollout", 110, ServiceItem::rollout),
                Column.text("Launch", 110, ServiceItem::launchType),
                Column.spark("CPU (1h)", 130, ServiceItem::cpu, ServiceItem::latestCpu, i -> ServiceItem.percent(i.latestCpu())),
                Column.spark("Memory (1h)", 130, ServiceItem::memory, ServiceItem::latestMemory,
                        i -> ServiceItem.percent(i.latestMemory())));
    }

    /** The view calls this with the rows on screen whenever they change. */
    public void setVisible(Collection<String> names) {
        session.visible(cluster, names);
        visible.onNext(new TreeSet<>(names));
    }

    public String cluster() {
        return cluster;
    }

    public ResourceListViewModel<ServiceItem> list() {
        return list;
    }

    public void dispose() {
        subscriptions.dispose();
        list.dispose();
    }
}
