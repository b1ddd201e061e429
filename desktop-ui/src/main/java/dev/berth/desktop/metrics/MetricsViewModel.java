package dev.berth.desktop.metrics;

import dev.berth.core.Session;
import dev.berth.core.model.MetricPoint;
import dev.berth.core.model.ServiceDeployment;
import dev.berth.core.model.ServiceMetrics;
import dev.berth.desktop.fx.Follower;
import dev.berth.desktop.fx.ServiceKey;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.disposables.CompositeDisposable;
import io.reactivex.rxjava3.disposables.Disposable;
import io.reactivex.rxjava3.subjects.BehaviorSubject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * CPU and memory of one service over a chosen window, with the times its deployments started.
 * Nothing is fetched until {@link #follow}.
 */
public final class MetricsViewModel {
    /** The windows the chart offers. */
    public static final List<Duration> WINDOWS = List.of(Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(12),
            Duration.ofHours(24));

    private final ObjectProperty<Duration> window = new SimpleObjectProperty<>(WINDOWS.get(0));
    private final ObjectProperty<List<MetricPoint>> cpu = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<MetricPoint>> memory = new SimpleObjectProperty<>(List.of());
    private final ObservableList<Instant> deployments = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty();
    private final StringProperty source = new SimpleStringProperty("");
    private final ObjectProperty<Instant> fetchedAt = new SimpleObjectProperty<>();
    private final BehaviorSubject<Duration> windows = BehaviorSubject.createDefault(WINDOWS.get(0));
    private final Follower<ServiceKey> follower;

    public MetricsViewModel(Session session, Scheduler ui) {
        window.addListener((o, a, b) -> windows.onNext(b));
        follower = new Follower<>(k -> forget(), k -> subscribe(session, k.cluster(), k.service(), ui));
    }

    private Disposable subscribe(Session session, String cluster, String service, Scheduler ui) {
        CompositeDisposable subscriptions = new CompositeDisposable();
        subscriptions.add(windows.distinctUntilChanged()
                .switchMap(w -> session.metrics(cluster, List.of(service), w))
                .observeOn(ui)
                .subscribe(s -> {
                    problem.set(s.problem() == null ? null : s.problem().message());
                    if (s.hasValue()) {
                        fetchedAt.set(s.fetchedAt());
                        ServiceMetrics m = s.value().stream().filter(x -> service.equals(x.service())).findFirst().orElse(null);
                        cpu.set(m == null ? List.of() : m.cpu());
                        memory.set(m == null ? List.of() : m.memory());
                    }
                }));
        subscriptions.add(session.clusters().observeOn(ui).subscribe(s -> {
            if (s.hasValue()) {
                s.value().stream().filter(c -> c.name().equals(cluster)).findFirst()
                        .ifPresent(c -> source.set(sourceText(c.containerInsights())));
            }
        }));
        subscriptions.add(session.deployments(cluster, service).observeOn(ui).subscribe(s -> {
            if (s.hasValue()) {
                deployments.setAll(s.value().stream()
                        .map(MetricsViewModel::startOf)
                        .filter(Objects::nonNull).sorted().toList());
            }
        }));
        return subscriptions;
    }

    private void forget() {
        cpu.set(List.of());
        memory.set(List.of());
        deployments.clear();
        problem.set(null);
        source.set("");
        fetchedAt.set(null);
    }

    /** Watches this service's metrics over the chosen window (the tab is shown); the window stays across services. */
    public void follow(String cluster, String service) {
        follower.follow(new ServiceKey(cluster, service));
    }

    /** Stops watching (the tab is hidden); the charts keep their lines. */
    public void stop() {
        follower.stop();
    }

    /** The deployments that started inside the shown window, to mark on the chart. */
    public List<Instant> deploymentsIn(Instant now) {
        Instant from = now.minus(window.get());
        return deployments.stream().filter(t -> !t.isBefore(from) && !t.isAfter(now)).toList();
    }

    public ObjectProperty<Duration> windowProperty() {
        return window;
    }

    public ObjectProperty<List<MetricPoint>> cpuProperty() {
        return cpu;
    }

    public ObjectProperty<List<MetricPoint>> memoryProperty() {
        return memory;
    }

    public ObservableList<Instant> deployments() {
        return deployments;
    }

    /** Where the numbers come from: Container Insights when the cluster has it, else the AWS/ECS service metrics. */
    public StringProperty sourceProperty() {
        return source;
    }

    static String sourceText(boolean containerInsights) {
        return containerInsights ? "Container Insights: CPU and memory utilized of what the tasks reserve"
                : "AWS/ECS service metrics (Container Insights is off for this cluster)";
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ObjectProperty<Instant> fetchedAtProperty() {
        return fetchedAt;
    }

    public void dispose() {
        follower.dispose();
    }

    /** When a deployment began replacing tasks (its creation time if it has not started). */
    static Instant startOf(ServiceDeployment d) {
        return d.startedAt() != null ? d.startedAt() : d.createdAt();
    }
}
