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
import dev.berth.desktop.fx.Follower;
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
import io.reactivex.rxjava3.disposables.Disposable;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
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
 * The detail area of the selected resource. One model serves every selection of a kind (service
 * after service, task after task): {@link #show(Target, DetailTab)} points it at another resource
 * and the view keeps its tabs. The resource itself (a service's describe, its task in the task list)
 * is followed all along, for the title, the actions and the JSON; each tab's model is made when its
 * tab is first shown and watches its slices only while shown, so a tab nobody looks at polls
 * nothing. All methods run on the UI thread; everything stops on {@link #dispose}.
 */
public final class DetailViewModel {
    private final Session session;
    private final Scheduler ui;
    private final Scheduler io;
    private final Clock clock;
    private final List<DetailTab> tabs;
    private final ObjectProperty<DetailTab> tab = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty();
    private final ObservableList<Section> overview = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty json = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty();
    private final Map<String, String> problems = new LinkedHashMap<>();
    private final ObjectProperty<Service> service = new SimpleObjectProperty<>();
    private final ObjectProperty<Task> task = new SimpleObjectProperty<>();
    /** The resource's own slice: followed whatever the tab. */
    private final Follower<Target> resource;
    /** The Overview's other slices (autoscaling, alarms, load balancers): followed while it is shown. */
    private final Follower<Target> surroundings;
    /** The tabs whose models exist, and how to start and stop them. */
    private final Map<DetailTab, TabModel> made = new EnumMap<>(DetailTab.class);
    private Target target;
    private Consumer<String> openTask = id -> { };
    private ScalableTarget scaling;
    private List<Alarm> alarms;
    private LoadBalancing balancing;
    private CompositeDisposable overviewSlices;
    private boolean followingBalancing;
    private boolean retargeting;
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

    /** How the detail starts a tab's model on a target, stops it when the tab is hidden, and ends it. */
    private record TabModel(Consumer<Target> follow, Runnable stop, Runnable dispose) {
    }

    public DetailViewModel(Session session, Target target, Scheduler ui, Scheduler io, Clock clock) {
        this(session, target, null, ui, io, clock);
    }

    /** {@code first}: the tab to show first if the resource has it (null: its first tab). */
    public DetailViewModel(Session session, Target target, DetailTab first, Scheduler ui, Scheduler io, Clock clock) {
        this.session = session;
        this.ui = ui;
        this.io = io;
        this.clock = clock;
        this.tabs = tabsOf(target);
        tab.set(first != null && tabs.contains(first) ? first : tabs.get(0));
        resource = new Follower<>(t -> forgetResource(), this::followResource);
        surroundings = new Follower<>(t -> forgetSurroundings(), this::followSurroundings);
        made.put(DetailTab.OVERVIEW, new TabModel(t -> {
            surroundings.follow(t);
            showResource();
        }, surroundings::stop, surroundings::dispose));
        made.put(DetailTab.JSON, new TabModel(t -> showResource(), () -> { }, () -> { }));
        tab.addListener((o, a, b) -> {
            // Revealed secret-looking values hide again once their tab is left.
            if (a == DetailTab.STORAGE && storage != null) {
                storage.revealedProperty().set(false);
            }
            activate();
        });
        show(target, null);
    }

    /** The tabs a kind of resource has. */
    private static List<DetailTab> tabsOf(Target target) {
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

    /** True when this model can show {@code next} (a resource with the same tabs). */
    public boolean canShow(Target next) {
        return tabsOf(next).equals(tabs);
    }

    /**
     * Shows another resource of the same kind, on tab {@code want} if it has it (null: the tab stays).
     * What the tabs showed of the last resource goes at once; the shown tab follows the new one, the
     * others when they are shown next.
     */
    public void show(Target next, DetailTab want) {
        if (!canShow(next)) {
            throw new IllegalArgumentException("a detail with tabs " + tabs + " cannot show " + next);
        }
        if (!next.equals(target)) {
            made.values().forEach(m -> m.stop().run());
            if (logs != null) {
                logs.release();
            }
            target = next;
            title.set(titleOf(next));
            // The tab to show follows the new resource below, once: not the tab that is about to be left.
            retargeting = true;
            try {
                resource.follow(next);
            } finally {
                retargeting = false;
            }
        }
        if (want != null && tabs.contains(want) && want != tab.get()) {
            tab.set(want);
        } else {
            activate();
        }
    }

    private static String titleOf(Target target) {
        return switch (target) {
            case ServiceTarget s -> "Service " + s.service() + "  ·  " + s.cluster();
            case TaskTarget t -> "Task " + TaskLists.shortId(t.taskId()) + "  ·  " + t.cluster();
            case InstanceTarget i -> "Container instance " + Objects.toString(i.instance().ec2InstanceId(), "");
            case ClusterTarget c -> "Cluster " + c.value().name();
            case FamilyTarget f -> "Task definition " + f.family();
        };
    }

    /** Stops the models of the hidden tabs and starts the shown one's (making it the first time). */
    private void activate() {
        DetailTab shown = tab.get();
        made.forEach((t, m) -> {
            if (t != shown) {
                m.stop().run();
            }
        });
        if (!made.containsKey(shown)) {
            make(shown);
        }
        made.get(shown).follow().accept(target);
    }

    private void make(DetailTab t) {
        switch (t) {
            case TASKS -> tasks();
            case EVENTS -> timeline();
            case LOGS -> logs();
            case METRICS -> metrics();
            case LOAD_BALANCING -> loadBalancing();
            case DISCOVERY -> discovery();
            case NETWORK -> network();
            case STORAGE -> storage();
            case COST -> cost();
            case TASK_DEFINITION -> revisions();
            case OVERVIEW, JSON -> throw new IllegalStateException(t + " is made with the detail");
        }
    }

    private void register(DetailTab t, Consumer<Target> follow, Runnable stop, Runnable dispose) {
        made.put(t, new TabModel(follow, stop, dispose));
        if (tab.get() == t) {
            follow.accept(target);
        }
    }

    /** The shown tab follows the resource's latest state (its revision, its describe). */
    private void refollowShown() {
        if (retargeting) {
            return;
        }
        TabModel m = made.get(tab.get());
        if (m != null) {
            m.follow().accept(target);
        }
    }

    private Disposable followResource(Target t) {
        return switch (t) {
            case ServiceTarget s -> follow("service", session.service(s.cluster(), s.service()), v -> {
                service.set(v);
                followBalancing();
                refollowShown();
            });
            case TaskTarget k -> follow("task", session.tasks(k.cluster(), k.service()), list -> list.stream()
                    .filter(x -> x.id().equals(k.taskId())).findFirst().ifPresentOrElse(x -> {
                        task.set(x);
                        refollowShown();
                    }, () -> report("task", "Task " + k.taskId() + " is no longer listed (stopped over an hour ago?)")));
            default -> Disposable.empty();
        };
    }

    private void forgetResource() {
        service.set(null);
        task.set(null);
        overview.clear();
        progress.set(-1);
        progressText.set("");
        json.set("");
        problems.clear();
        problem.set(null);
    }

    private Disposable followSurroundings(Target t) {
        return switch (t) {
            case ServiceTarget s -> {
                CompositeDisposable slices = new CompositeDisposable();
                slices.add(follow("scaling", session.scaling(s.cluster(), s.service()), v -> {
                    scaling = v;
                    showResource();
                }));
                slices.add(follow("alarms", session.alarms(s.cluster(), s.service()), v -> {
                    alarms = v;
                    showResource();
                }));
                overviewSlices = slices;
                followingBalancing = false;
                followBalancing();
                yield slices;
            }
            case TaskTarget k when k.service() != null ->
                    follow("load balancing", session.loadBalancing(k.cluster(), k.service()), lb -> {
                        balancing = lb;
                        showResource();
                    });
            default -> Disposable.empty();
        };
    }

    private void forgetSurroundings() {
        scaling = null;
        alarms = null;
        balancing = null;
    }

    /** Only a blue/green service's overview needs the load balancers: its task sets' traffic. */
    private void followBalancing() {
        Service s = service.get();
        if (overviewSlices == null || overviewSlices.isDisposed() || followingBalancing || s == null || s.taskSets().isEmpty()
                || !(target instanceof ServiceTarget t)) {
            return;
        }
        followingBalancing = true;
        overviewSlices.add(follow("load balancing", session.loadBalancing(t.cluster(), t.service()), lb -> {
            balancing = lb;
            showResource();
        }));
    }

    /** Follows a slice; its problem shows in the header until the subscription ends. */
    private <T> Disposable follow(String what, Observable<Snapshot<T>> slice, Consumer<T> onValue) {
        Disposable d = slice.observeOn(ui).subscribe(s -> {
            report(what, s.problem() == null ? null : s.problem().message());
            if (s.hasValue()) {
                onValue.accept(s.value());
            }
        }, e -> report(what, e.getMessage()));
        return Disposable.fromAction(() -> {
            d.dispose();
            report(what, null);
        });
    }

    /** Each slice's latest problem, so one slice's success does not hide another's failure. */
    private void report(String what, String message) {
        problems.put(what, message);
        String all = problems.values().stream().filter(Objects::nonNull).distinct().collect(Collectors.joining(" · "));
        problem.set(all.isEmpty() ? null : all);
    }

    /** Renders the resource into the Overview or the JSON, whichever is shown (the others cost nothing). */
    private void showResource() {
        DetailTab shown = tab.get();
        if (shown != DetailTab.OVERVIEW && shown != DetailTab.JSON) {
            return;
        }
        Object value = switch (target) {
            case ServiceTarget s -> service.get();
            case TaskTarget t -> task.get();
            case InstanceTarget i -> i.instance();
            case ClusterTarget c -> c.value();
            case FamilyTarget f -> null;
        };
        if (value == null) {
            return;
        }
        if (shown == DetailTab.JSON) {
            json.set(JsonText.of(value));
            return;
        }
        switch (value) {
            case Service s -> {
                overview.setAll(Overviews.service(s, scaling, alarms, balancing, clock.instant()));
                progress.set(Overviews.rolloutProgress(s));
                progressText.set(Overviews.rolloutText(s));
            }
            case Task t -> overview.setAll(Overviews.task(t, balancing, clock.instant()));
            case dev.berth.core.model.ContainerInstance i -> overview.setAll(Overviews.instance(i));
            case dev.berth.core.model.Cluster c -> overview.setAll(Overviews.cluster(c));
            default -> throw new IllegalStateException("no overview of " + value);
        }
    }

    /** The tabs this kind of resource has. */
    public List<DetailTab> tabs() {
        return tabs;
    }

    /** Shows a tab if this resource has it; false otherwise (the key does nothing here). */
    public boolean show(DetailTab t) {
        if (!tabs.contains(t)) {
            return false;
        }
        tab.set(t);
        return true;
    }

    public LogsViewModel logs() {
        if (logs == null) {
            logs = new LogsViewModel(session, ui, io);
            logs.setOnOpenTask(openTask);
            register(DetailTab.LOGS, t -> logs.follow(logQuery(t)), logs::stop, logs::dispose);
        }
        return logs;
    }

    private static LogQuery logQuery(Target target) {
        return switch (target) {
            case ServiceTarget s -> LogQuery.service(s.cluster(), s.service());
            case TaskTarget t -> t.logsFrom() == null ? LogQuery.task(t.cluster(), t.service(), t.taskId())
                    : new LogQuery(t.cluster(), t.service(), t.taskId(), null, Duration.ofMinutes(15), t.logsFrom(),
                    null, null, true);
            default -> throw new IllegalStateException("no logs for " + target);
        };
    }

    public MetricsViewModel metrics() {
        if (metrics == null) {
            metrics = new MetricsViewModel(session, ui);
            register(DetailTab.METRICS, t -> metrics.follow(t.cluster(), ((ServiceTarget) t).service()), metrics::stop,
                    metrics::dispose);
        }
        return metrics;
    }

    public TimelineViewModel timeline() {
        if (timeline == null) {
            timeline = new TimelineViewModel(session, ui);
            register(DetailTab.EVENTS, t -> timeline.follow(t.cluster(), ((ServiceTarget) t).service()), timeline::stop,
                    timeline::dispose);
        }
        return timeline;
    }

    /** The revision diff; for a service it starts at the revision it runs (once its describe says which). */
    public RevisionDiffViewModel revisions() {
        if (revisions == null) {
            revisions = new RevisionDiffViewModel(session, ui, io);
            register(DetailTab.TASK_DEFINITION, this::followRevisions, revisions::stop, revisions::dispose);
        }
        return revisions;
    }

    private void followRevisions(Target t) {
        if (t instanceof FamilyTarget f) {
            revisions.follow(f.family(), null);
            return;
        }
        String arn = service.get() == null ? null : Definitions.currentArn(service.get());
        if (arn == null) {
            revisions.follow(null, null);
        } else {
            TaskDefinitionRef ref = TaskDefinitionRef.parse(arn);
            revisions.follow(ref.family(), ref.revision());
        }
    }

    public ResourceListViewModel<Task> tasks() {
        if (tasks == null) {
            tasks = TaskLists.list(clock);
            Follower<Target> follower = new Follower<>(t -> tasks.clear(),
                    t -> tasks.subscribe(session.tasks(t.cluster(), ((ServiceTarget) t).service()), ui));
            register(DetailTab.TASKS, follower::follow, follower::stop, follower::dispose);
        }
        return tasks;
    }

    /** The service's target groups and every target's health beside its task. */
    public SectionsViewModel<LoadBalancing> loadBalancing() {
        if (loadBalancing == null) {
            loadBalancing = sections(DetailTab.LOAD_BALANCING, s -> session.loadBalancing(s.cluster(), s.service()),
                    LoadBalancingSections::of);
        }
        return loadBalancing;
    }

    /** The service's Cloud Map registries with their instances, and Service Connect. */
    public SectionsViewModel<Discovery> discovery() {
        if (discovery == null) {
            discovery = sections(DetailTab.DISCOVERY, s -> session.discovery(s.cluster(), s.service()), DiscoverySections::of);
        }
        return discovery;
    }

    /** Network mode, placement, awsvpc settings, and each task's network interface. */
    public SectionsViewModel<Placement> network() {
        if (network == null) {
            network = sections(DetailTab.NETWORK, s -> {
                Observable<Snapshot<Service>> svc = session.service(s.cluster(), s.service());
                return Observable.combineLatest(svc, definition(svc), session.tasks(s.cluster(), s.service()),
                        (a, d, t) -> Snapshots.combine(a, d, t, Placement::new));
            }, NetworkSections::of);
        }
        return network;
    }

    /** The service's monthly cost estimate, Spot share and rightsizing hint. */
    public SectionsViewModel<CostEstimate> cost() {
        if (cost == null) {
            cost = sections(DetailTab.COST, s -> session.cost(s.cluster(), s.service()), CostSections::of);
        }
        return cost;
    }

    /** Roles, volumes, secrets by reference and the masked environment of the service's or task's revision. */
    public StorageViewModel storage() {
        if (storage == null) {
            storage = new StorageViewModel(this::definitionOf, ui);
            register(DetailTab.STORAGE, storage::follow, storage::stop, storage::dispose);
        }
        return storage;
    }

    private Observable<Snapshot<TaskDefinition>> definitionOf(Target target) {
        Observable<String> arns = switch (target) {
            case ServiceTarget s -> session.service(s.cluster(), s.service()).filter(Snapshot::hasValue)
                    .map(x -> Objects.toString(Definitions.currentArn(x.value()), "")).filter(a -> !a.isEmpty());
            case TaskTarget t -> session.tasks(t.cluster(), t.service()).filter(Snapshot::hasValue)
                    .map(x -> x.value().stream().filter(k -> k.id().equals(t.taskId())).map(Task::taskDefinitionArn)
                            .filter(Objects::nonNull).findFirst().orElse("")).filter(a -> !a.isEmpty());
            default -> throw new IllegalStateException("no task definition for " + target);
        };
        return Definitions.of(session, arns, clock);
    }

    private Observable<Snapshot<TaskDefinition>> definition(Observable<Snapshot<Service>> svc) {
        return Definitions.of(session, svc.filter(Snapshot::hasValue)
                .map(x -> Objects.toString(Definitions.currentArn(x.value()), "")).filter(a -> !a.isEmpty()), clock)
                .startWithItem(Snapshot.loading());
    }

    private <T> SectionsViewModel<T> sections(DetailTab t, Function<ServiceTarget, Observable<Snapshot<T>>> slice,
                                              Function<T, List<Section>> render) {
        SectionsViewModel<T> vm = new SectionsViewModel<>(x -> slice.apply((ServiceTarget) x), render, ui);
        register(t, vm::follow, vm::stop, vm::dispose);
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

    /** The resource shown now. */
    public Target target() {
        return target;
    }

    public ObjectProperty<DetailTab> tabProperty() {
        return tab;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** The Overview tab's sections (rendered while it is shown). */
    public ObservableList<Section> overview() {
        return overview;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    /** The JSON tab's text (rendered while it is shown). */
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
        resource.dispose();
        made.values().forEach(m -> m.dispose().run());
    }
}
