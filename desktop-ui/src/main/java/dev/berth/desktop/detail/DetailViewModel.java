package dev.berth.desktop.detail;

import dev.berth.core.Session;
import dev.berth.core.logs.LogQuery;
import dev.berth.core.model.Alarm;
import dev.berth.core.model.CostEstimate;
import dev.berth.core.model.Discovery;
import dev.berth.core.model.LoadBalancing;
import dev.berth.core.model.ScalableTarget;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.core.watch.Snapshot;
import dev.berth.core.watch.Snapshots;
import dev.berth.desktop.balancing.LoadBalancingSections;
import dev.berth.desktop.cost.CostSections;
import dev.berth.desktop.detail.Target.ClusterTarget;
import dev.berth.desktop.detail.Target.FamilyTarget;
import dev.berth.desktop.detail.Target.InstanceTarget;
import dev.berth.desktop.detail.Target.ServiceTarget;
import dev.berth.desktop.detail.Target.TaskTarget;
import dev.berth.desktop.discovery.DiscoverySections;
import dev.berth.desktop.json.JsonText;
import dev.berth.desktop.logs.LogsViewModel;
import dev.berth.desktop.metrics.MetricsViewModel;
import dev.berth.desktop.network.NetworkSections;
import dev.berth.desktop.network.Placement;
import dev.berth.desktop.storage.StorageViewModel;
import dev.berth.desktop.table.ResourceListViewModel;
import dev.berth.desktop.taskdefs.RevisionDiffViewModel;
import dev.berth.desktop.tasks.TaskLists;
import dev.berth.desktop.timeline.TimelineViewModel;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.disposables.CompositeDisposable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The detail area of one selected resource. The Overview and JSON follow their slices from the
 * start; the other tabs' view models are made when their tab is first shown, so a tab nobody opens
 * polls nothing. Everything stops on {@link #dispose}.
 */
public final class DetailViewModel {
    private final Session session;
    private final Target target;
    private final Scheduler ui;
    private final Scheduler io;
    private final Clock clock;
    private final ObjectProperty<DetailTab> tab = new SimpleObjectProperty<>(DetailTab.OVERVIEW);
    private final StringProperty title = new SimpleStringProperty();
    private final ObservableList<Section> overview = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty json = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty();
    private final Map<String, String> problems = new LinkedHashMap<>();
    private final ObjectProperty<Service> service = new SimpleObjectProperty<>();
    private final ObjectProperty<Task> task = new SimpleObjectProperty<>();
    private final CompositeDisposable subscriptions = new CompositeDisposable();
    private final List<Runnable> disposers = new ArrayList<>();
    private Consumer<String> openTask = id -> { };
    private ScalableTarget scaling;
    private List<Alarm> alarms;
    private LoadBalancing balancing;
    private boolean followingBalancing;
    private LogsViewModel logs;
    private MetricsViewModel metrics;
    private TimelineViewModel timeline;
    private RevisionDiffViewModel revisions;
    private ResourceListViewModel<Task> tasks;
    private SectionsViewModel<LoadBalancing> loadBalancing;
    private SectionsViewModel<Discovery> discovery;
    private SectionsViewModel<Placement> network;
    private SectionsViewModel<CostEstimate> cost;
    private StorageViewModel storage;

    public DetailViewModel(Session session, Target target, Scheduler ui, Scheduler io, Clock clock) {
        this.session = session;
        this.target = target;
        this.ui = ui;
        this.io = io;
        this.clock = clock;
        switch (target) {
            case ServiceTarget s -> {
                title.set("Service " + s.service() + "  ·  " + s.cluster());
                follow("scaling", session.scaling(s.cluster(), s.service()), v -> {
                    scaling = v;
                    showService();
                });
                follow("alarms", session.alarms(s.cluster(), s.service()), v -> {
                    alarms = v;
                    showService();
                });
                follow("service", session.service(s.cluster(), s.service()), v -> {
                    service.set(v);
                    showService();
                    // Only a blue/green service's overview needs the load balancers: its task sets' traffic.
                    if (!v.taskSets().isEmpty() && !followingBalancing) {
                        followingBalancing = true;
                        follow("load balancing", session.loadBalancing(s.cluster(), s.service()), lb -> {
                            balancing = lb;
                            showService();
                        });
                    }
                });
            }
            case TaskTarget t -> {
                title.set("Task " + TaskLists.shortId(t.taskId()) + "  ·  " + t.cluster());
                follow("task", session.tasks(t.cluster(), t.service()), list -> list.stream()
                        .filter(x -> x.id().equals(t.taskId())).findFirst().ifPresentOrElse(x -> {
                            task.set(x);
                            showTask();
                        }, () -> report("task", "Task " + t.taskId() + " is no longer listed (stopped over an hour ago?)")));
                if (t.service() != null) {
                    follow("load balancing", session.loadBalancing(t.cluster(), t.service()), lb -> {
                        balancing = lb;
                        showTask();
                    });
                }
            }
            case InstanceTarget i -> {
                title.set("Container instance " + (i.instance().ec2InstanceId() == null ? "" : i.instance().ec2InstanceId()));
                overview.setAll(Overviews.instance(i.instance()));
                json.set(JsonText.of(i.instance()));
            }
            case ClusterTarget c -> {
                title.set("Cluster " + c.value().name());
                overview.setAll(Overviews.cluster(c.value()));
                json.set(JsonText.of(c.value()));
            }
            case FamilyTarget f -> {
                title.set("Task definition " + f.family());
                tab.set(DetailTab.TASK_DEFINITION);
            }
        }
        // Revealed secret-looking values hide again once their tab is left.
        tab.addListener((o, a, b) -> {
            if (a == DetailTab.STORAGE && storage != null) {
                storage.revealedProperty().set(false);
            }
        });
    }

    private <T> void follow(String what, Observable<Snapshot<T>> slice, Consumer<T> onValue) {
        subscriptions.add(slice.observeOn(ui).subscribe(s -> {
            report(what, s.problem() == null ? null : s.problem().message());
            if (s.hasValue()) {
                onValue.accept(s.value());
            }
        }, e -> report(what, e.getMessage())));
    }

    /** Each slice's latest problem, so one slice's success does not hide another's failure. */
    private void report(String what, String message) {
        problems.put(what, message);
        String all = problems.values().stream().filter(Objects::nonNull).distinct().collect(Collectors.joining(" · "));
        problem.set(all.isEmpty() ? null : all);
    }

    private void showService() {
        Service s = service.get();
        if (s == null) {
            return;
        }
        overview.setAll(Overviews.service(s, scaling, alarms, balancing, clock.instant()));
        progress.set(Overviews.rolloutProgress(s));
        progressText.set(Overviews.rolloutText(s));
        json.set(JsonText.of(s));
    }

    private void showTask() {
        Task t = task.get();
        if (t == null) {
            return;
        }
        overview.setAll(Overviews.task(t, balancing, clock.instant()));
        json.set(JsonText.of(t));
    }

    /** The tabs this kind of resource has. */
    public List<DetailTab> tabs() {
        return switch (target) {
            case ServiceTarget s -> List.of(DetailTab.OVERVIEW, DetailTab.TASKS, DetailTab.EVENTS, DetailTab.LOGS,
                    DetailTab.METRICS, DetailTab.LOAD_BALANCING, DetailTab.DISCOVERY, DetailTab.NETWORK, DetailTab.STORAGE,
                    DetailTab.COST, DetailTab.TASK_DEFINITION, DetailTab.JSON);
            case TaskTarget t -> List.of(DetailTab.OVERVIEW, DetailTab.LOGS, DetailTab.STORAGE, DetailTab.JSON);
            case InstanceTarget i -> List.of(DetailTab.OVERVIEW, DetailTab.JSON);
            case ClusterTarget c -> List.of(DetailTab.OVERVIEW, DetailTab.JSON);
            case FamilyTarget f -> List.of(DetailTab.TASK_DEFINITION);
        };
    }

    /** Shows a tab if this resource has it; false otherwise (the key does nothing here). */
    public boolean show(DetailTab t) {
        if (!tabs().contains(t)) {
            return false;
        }
        tab.set(t);
        return true;
    }

    public LogsViewModel logs() {
        if (logs == null) {
            LogQuery q = switch (target) {
                case ServiceTarget s -> LogQuery.service(s.cluster(), s.service());
                case TaskTarget t -> t.logsFrom() == null ? LogQuery.task(t.cluster(), t.service(), t.taskId())
                        : new LogQuery(t.cluster(), t.service(), t.taskId(), null, Duration.ofMinutes(15), t.logsFrom(),
                        null, null, true);
                default -> throw new IllegalStateException("no logs for " + target);
            };
            logs = new LogsViewModel(session, q, ui, io);
            logs.setOnOpenTask(openTask);
            disposers.add(logs::dispose);
        }
        return logs;
    }

    public MetricsViewModel metrics() {
        if (metrics == null) {
            ServiceTarget s = (ServiceTarget) target;
            metrics = new MetricsViewModel(session, s.cluster(), s.service(), ui);
            disposers.add(metrics::dispose);
        }
        return metrics;
    }

    public TimelineViewModel timeline() {
        if (timeline == null) {
            ServiceTarget s = (ServiceTarget) target;
            timeline = new TimelineViewModel(session, s.cluster(), s.service(), ui);
            disposers.add(timeline::dispose);
        }
        return timeline;
    }

    /** The revision diff; for a service it starts at the revision it runs (once known). */
    public RevisionDiffViewModel revisions() {
        if (revisions == null) {
            if (target instanceof FamilyTarget f) {
                revisions = new RevisionDiffViewModel(session, f.family(), null, ui, io);
            } else {
                String arn = service.get() == null ? null : Definitions.currentArn(service.get());
                if (arn == null) {
                    return null;
                }
                TaskDefinitionRef ref = TaskDefinitionRef.parse(arn);
                revisions = new RevisionDiffViewModel(session, ref.family(), ref.revision(), ui, io);
            }
            disposers.add(revisions::dispose);
        }
        return revisions;
    }

    public ResourceListViewModel<Task> tasks() {
        if (tasks == null) {
            ServiceTarget s = (ServiceTarget) target;
            tasks = TaskLists.of(session, s.cluster(), s.service(), ui, clock);
            disposers.add(tasks::dispose);
        }
        return tasks;
    }

    /** The service's target groups and every target's health beside its task. */
    public SectionsViewModel<LoadBalancing> loadBalancing() {
        if (loadBalancing == null) {
            ServiceTarget s = (ServiceTarget) target;
            loadBalancing = sections(session.loadBalancing(s.cluster(), s.service()), LoadBalancingSections::of);
        }
        return loadBalancing;
    }

    /** The service's Cloud Map registries with their instances, and Service Connect. */
    public SectionsViewModel<Discovery> discovery() {
        if (discovery == null) {
            ServiceTarget s = (ServiceTarget) target;
            discovery = sections(session.discovery(s.cluster(), s.service()), DiscoverySections::of);
        }
        return discovery;
    }

    /** Network mode, placement, awsvpc settings, and each task's network interface. */
    public SectionsViewModel<Placement> network() {
        if (network == null) {
            ServiceTarget s = (ServiceTarget) target;
            Observable<Snapshot<Service>> svc = session.service(s.cluster(), s.service());
            Observable<Snapshot<Placement>> placement = Observable.combineLatest(svc, definition(svc),
                    session.tasks(s.cluster(), s.service()), (a, d, t) -> Snapshots.combine(a, d, t, Placement::new));
            network = sections(placement, NetworkSections::of);
        }
        return network;
    }

    /** The service's monthly cost estimate, Spot share and rightsizing hint. */
    public SectionsViewModel<CostEstimate> cost() {
        if (cost == null) {
            ServiceTarget s = (ServiceTarget) target;
            cost = sections(session.cost(s.cluster(), s.service()), CostSections::of);
        }
        return cost;
    }

    /** Roles, volumes, secrets by reference and the masked environment of the service's or task's revision. */
    public StorageViewModel storage() {
        if (storage == null) {
            Observable<String> arns = switch (target) {
                case ServiceTarget s -> session.service(s.cluster(), s.service()).filter(Snapshot::hasValue)
                        .map(x -> Objects.toString(Definitions.currentArn(x.value()), "")).filter(a -> !a.isEmpty());
                case TaskTarget t -> session.tasks(t.cluster(), t.service()).filter(Snapshot::hasValue)
                        .map(x -> x.value().stream().filter(k -> k.id().equals(t.taskId())).map(Task::taskDefinitionArn)
                                .filter(Objects::nonNull).findFirst().orElse("")).filter(a -> !a.isEmpty());
                default -> throw new IllegalStateException("no task definition for " + target);
            };
            storage = new StorageViewModel(Definitions.of(session, arns, clock), ui);
            disposers.add(storage::dispose);
        }
        return storage;
    }

    private Observable<Snapshot<TaskDefinition>> definition(Observable<Snapshot<Service>> svc) {
        return Definitions.of(session, svc.filter(Snapshot::hasValue)
                .map(x -> Objects.toString(Definitions.currentArn(x.value()), "")).filter(a -> !a.isEmpty()), clock)
                .startWithItem(Snapshot.loading());
    }

    private <T> SectionsViewModel<T> sections(Observable<Snapshot<T>> slice, Function<T, List<Section>> render) {
        SectionsViewModel<T> vm = new SectionsViewModel<>(slice, render, ui);
        disposers.add(vm::dispose);
        return vm;
    }

    /** Where clicks on a log line's task, or Enter in the Tasks tab, go. */
    public void setOnOpenTask(Consumer<String> c) {
        openTask = c;
        if (logs != null) {
            logs.setOnOpenTask(c);
        }
    }

    public void openTask(String taskId) {
        openTask.accept(taskId);
    }

    public Target target() {
        return target;
    }

    public ObjectProperty<DetailTab> tabProperty() {
        return tab;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** The Overview tab's sections. */
    public ObservableList<Section> overview() {
        return overview;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public StringProperty jsonProperty() {
        return json;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ObjectProperty<Service> serviceProperty() {
        return service;
    }

    public ObjectProperty<Task> taskProperty() {
        return task;
    }

    public void dispose() {
        subscriptions.dispose();
        disposers.forEach(Runnable::run);
        disposers.clear();
    }
}
