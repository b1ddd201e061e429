package dev.berth.desktop.app;

import dev.berth.core.Session;
import dev.berth.core.context.ConnectOptions;
import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.Keymap;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.core.triage.Finding;
import dev.berth.core.triage.FindingKind;
import dev.berth.desktop.actions.ActionForm;
import dev.berth.desktop.actions.ActionViewModel;
import dev.berth.desktop.clusters.ClusterLists;
import dev.berth.desktop.detail.DetailTab;
import dev.berth.desktop.detail.DetailViewModel;
import dev.berth.desktop.detail.Target;
import dev.berth.desktop.fx.Errors;
import dev.berth.desktop.header.HeaderViewModel;
import dev.berth.desktop.instances.InstanceLists;
import dev.berth.desktop.services.ServiceItem;
import dev.berth.desktop.services.ServicesViewModel;
import dev.berth.desktop.table.Column;
import dev.berth.desktop.table.ResourceListViewModel;
import dev.berth.desktop.tasks.TaskLists;
import dev.berth.desktop.triage.TriageViewModel;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.disposables.CompositeDisposable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's state: the session, where the operator is (page, cluster, selection), the detail
 * of the selection, the open action, and the one-line error banner. It turns keymap commands into
 * navigation and actions; views only bind to it. All methods run on the UI thread; opening a
 * session runs on {@code io}.
 */
public final class MainViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);
    /** A finding's task logs start this long before the finding began. */
    static final Duration EVIDENCE_LEAD = Duration.ofMinutes(5);

    private final Keymap keymap;
    private final Scheduler ui;
    private final Scheduler io;
    private final Clock clock;
    private final Function<ConnectOptions, Session> opener;
    private final HeaderViewModel header;
    private final ObjectProperty<Session> session = new SimpleObjectProperty<>();
    private final ObjectProperty<TriageViewModel> triage = new SimpleObjectProperty<>();
    private final ObservableList<String> clusters = FXCollections.observableArrayList();
    private final ObjectProperty<PageModel> page = new SimpleObjectProperty<>();
    private final ObjectProperty<DetailViewModel> detail = new SimpleObjectProperty<>();
    private final ObjectProperty<ActionViewModel> action = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty notice = new SimpleStringProperty();
    private final BooleanProperty connecting = new SimpleBooleanProperty();
    private final Deque<Place> history = new ArrayDeque<>();
    private final CompositeDisposable sessionSubscriptions = new CompositeDisposable();
    private final javafx.beans.value.ChangeListener<Finding> triageSelection = (o, a, b) -> selectionChanged(b);
    private Consumer<Finding> onNewFinding = f -> { };
    private ConnectOptions options;
    private Instant pendingLogsFrom;
    private DetailTab pendingTab;

    public MainViewModel(Keymap keymap, Function<ConnectOptions, Session> opener, Scheduler ui, Scheduler io, Clock clock) {
        this.keymap = keymap;
        this.opener = opener;
        this.ui = ui;
        this.io = io;
        this.clock = clock;
        this.header = new HeaderViewModel(clock);
    }

    /** Opens a session off the UI thread; the window shows "connecting…" until it is ready, or the error line. */
    public void connect(ConnectOptions opts) {
        this.options = opts;
        connecting.set(true);
        error.set(null);
        sessionSubscriptions.add(Single.fromCallable(() -> opener.apply(opts))
                .subscribeOn(io)
                .observeOn(ui)
                .subscribe(this::attach, e -> {
                    connecting.set(false);
                    header.connectionFailed();
                    LOG.warn("could not open a session", e);
                    error.set(Errors.oneLine(e));
                }));
    }

    /** Shows a session: header, clusters, triage, and the services of the busiest cluster (or the one asked for). */
    public void attach(Session s) {
        detach();
        connecting.set(false);
        header.attach(s.contextUpdates(), s.status(), ui);
        TriageViewModel t = new TriageViewModel(s, ui, clock);
        t.setOnNewFinding(f -> onNewFinding.accept(f));
        triage.set(t);
        // Last: listeners on the session (start at --cluster) may show a page, which needs the triage model.
        session.set(s);
        sessionSubscriptions.add(s.clusters().observeOn(ui).subscribe(snap -> {
            if (!snap.hasValue()) {
                if (snap.problem() != null && page.get() == null) {
                    error.set(snap.problem().message());
                }
                return;
            }
            List<String> names = snap.value().stream().map(Cluster::name).toList();
            if (!names.equals(clusters)) {
                clusters.setAll(names);
            }
            if (page.get() == null) {
                // Start where most services run: usually the cluster an operator watches.
                go(snap.value().stream().max(java.util.Comparator.comparingInt(Cluster::activeServices))
                        .map(c -> new Place(PageKind.SERVICES, c.name(), null)).orElse(Place.of(PageKind.CLUSTERS)));
            }
        }, e -> error.set(Errors.oneLine(e))));
    }

    /** Starts at a given cluster (and service) instead of the first cluster. */
    public void startAt(String cluster, String service) {
        go(new Place(PageKind.SERVICES, cluster, null));
        if (service != null) {
            PageModel p = page.get();
            p.list().selectKey(service);
        }
    }

    private void detach() {
        sessionSubscriptions.clear();
        closeAction();
        if (detail.get() != null) {
            detail.get().dispose();
            detail.set(null);
        }
        if (page.get() != null) {
            page.get().dispose();
            page.set(null);
        }
        if (triage.get() != null) {
            triage.get().dispose();
            triage.set(null);
        }
        history.clear();
        if (session.get() != null) {
            Session old = session.get();
            session.set(null);
            io.scheduleDirect(old::close);
        }
    }

    /** Shows a page; the previous one goes on the Esc history. */
    public void go(Place p) {
        if (page.get() != null) {
            if (page.get().place().equals(p)) {
                return;
            }
            history.push(page.get().place());
        }
        show(p);
    }

    private void show(Place p) {
        Session s = session.get();
        if (s == null) {
            return;
        }
        Place place = p.kind().perCluster() && p.cluster() == null
                ? new Place(p.kind(), currentCluster(), p.service()) : p;
        if (place.kind().perCluster() && place.cluster() == null) {
            place = Place.of(PageKind.CLUSTERS);
        }
        PageModel old = page.get();
        PageModel next = switch (place.kind()) {
            case CLUSTERS -> new PageModel(place, ClusterLists.of(s, ui), null);
            case SERVICES -> {
                ServicesViewModel svc = new ServicesViewModel(s, place.cluster(), ui);
                yield new PageModel(place, svc.list(), svc);
            }
            case TASKS -> new PageModel(place, TaskLists.of(s, place.cluster(), place.service(), ui, clock), null);
            case INSTANCES -> new PageModel(place, InstanceLists.of(s, place.cluster(), ui), null);
            case TASKDEFS -> new PageModel(place, new ResourceListViewModel<String>("Task definitions",
                    List.of(Column.text("Family", 300, (String f) -> f)), f -> f, f -> f)
                    .bind(s.taskDefinitionFamilies(), ui), null);
            case TRIAGE -> new PageModel(place, null, null);
        };
        page.set(next);
        if (old != null) {
            old.dispose();
        }
        watchTriageOnceAnswered(next);
        triage.get().selectedProperty().removeListener(triageSelection);
        if (next.list() == null) {
            triage.get().selectedProperty().addListener(triageSelection);
        }
        if (next.list() != null) {
            next.list().selectedProperty().addListener((o, a, b) -> selectionChanged(b));
            header.dataFetchedAtProperty().bind(next.list().fetchedAtProperty());
            header.dataStaleProperty().bind(next.list().staleProperty());
        } else {
            header.dataFetchedAtProperty().bind(triage.get().fetchedAtProperty());
            header.dataStaleProperty().unbind();
            header.dataStaleProperty().set(false);
        }
        selectionChanged(next.list() == null ? triage.get().selectedProperty().get() : next.list().selectedProperty().get());
    }

    /**
     * Triage polls every cluster, so it starts once a page has had its first answer (rows or a
     * problem), never competing with the first rows; a page without a list needs it at once.
     */
    private void watchTriageOnceAnswered(PageModel p) {
        TriageViewModel t = triage.get();
        ResourceListViewModel<?> list = p.list();
        if (t.watching()) {
            return;
        }
        if (list == null || !list.loadingProperty().get() || list.problemProperty().get() != null) {
            t.watch();
            return;
        }
        javafx.beans.InvalidationListener answered = new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                list.loadingProperty().removeListener(this);
                list.problemProperty().removeListener(this);
                t.watch();
            }
        };
        list.loadingProperty().addListener(answered);
        list.problemProperty().addListener(answered);
    }

    /** A selection of the same kind as the last one is shown by the same detail (its view keeps its tabs). */
    private void selectionChanged(Object row) {
        Target target = targetOf(row);
        DetailViewModel old = detail.get();
        if (old != null && target != null && old.target().equals(target)) {
            return;
        }
        if (target == null) {
            if (old != null) {
                old.dispose();
                detail.set(null);
            }
            return;
        }
        DetailTab want = null;
        if (row instanceof Finding f) {
            want = evidenceTab(f);
        } else if (pendingTab != null) {
            want = pendingTab;
            pendingTab = null;
        }
        if (old != null && old.canShow(target)) {
            old.show(target, want);
            return;
        }
        if (old != null) {
            old.dispose();
        }
        DetailViewModel d = new DetailViewModel(session.get(), target, want, ui, io, clock);
        d.setOnOpenTask(this::openTask);
        detail.set(d);
    }

    private Target targetOf(Object row) {
        PageModel p = page.get();
        return switch (row) {
            case null -> null;
            case Finding f -> evidenceOf(f);
            case ServiceItem i -> new Target.ServiceTarget(p.place().cluster(), i.name());
            case Task t -> {
                Instant from = pendingLogsFrom;
                pendingLogsFrom = null;
                yield new Target.TaskTarget(p.place().cluster(), t.serviceName(), t.id(), from);
            }
            case ContainerInstance ci -> new Target.InstanceTarget(p.place().cluster(), ci);
            case Cluster c -> new Target.ClusterTarget(c);
            case String family -> new Target.FamilyTarget(family);
            default -> null;
        };
    }

    /**
     * On the triage page the detail shows a finding's evidence in place: for what surrounds a service
     * (targets, records, alarms) the service; otherwise its task around the stop, or its service.
     */
    private Target evidenceOf(Finding f) {
        if (f.cluster() == null || (f.service() == null && f.taskId() == null)) {
            return null;
        }
        if (f.taskId() != null && !(f.service() != null && aboutSurroundings(f.kind()))) {
            return new Target.TaskTarget(f.cluster(), f.service(), f.taskId(),
                    f.since() == null ? null : f.since().minus(EVIDENCE_LEAD));
        }
        return new Target.ServiceTarget(f.cluster(), f.service());
    }

    /** Findings about a service's load balancer targets, Cloud Map records or alarms: their evidence is the service's. */
    private static boolean aboutSurroundings(FindingKind k) {
        return switch (k) {
            case TARGETS_UNHEALTHY, TARGETS_DRAINING, DISCOVERY_RECORD_STALE, DISCOVERY_INSTANCES_UNHEALTHY, ALARM_FIRING -> true;
            default -> false;
        };
    }

    private static DetailTab evidenceTab(Finding f) {
        return switch (f.kind()) {
            case TARGETS_UNHEALTHY, TARGETS_DRAINING -> DetailTab.LOAD_BALANCING;
            case DISCOVERY_RECORD_STALE, DISCOVERY_INSTANCES_UNHEALTHY -> DetailTab.DISCOVERY;
            // The task's overview says where it ran and why it stopped; its logs rarely say more.
            case SPOT_INTERRUPTED, ALARM_FIRING -> DetailTab.OVERVIEW;
            case ROLLOUT_FAILED, ROLLOUT_STUCK -> f.taskId() != null ? DetailTab.LOGS : DetailTab.EVENTS;
            case HOT_CPU, HOT_MEMORY -> DetailTab.METRICS;
            default -> f.taskId() != null ? DetailTab.LOGS : DetailTab.OVERVIEW;
        };
    }

    /** Enter: drill down from the selection. True when it moved; false means "focus the detail". */
    public boolean open() {
        PageModel p = page.get();
        if (p == null || p.list() == null) {
            return false;
        }
        Object sel = p.list().selectedProperty().get();
        return switch (sel) {
            case Cluster c -> {
                go(new Place(PageKind.SERVICES, c.name(), null));
                yield true;
            }
            case ServiceItem i -> {
                go(new Place(PageKind.TASKS, p.place().cluster(), i.name()));
                yield true;
            }
            case null, default -> false;
        };
    }

    /** Esc: back to the previous page. */
    public boolean back() {
        if (history.isEmpty()) {
            return false;
        }
        show(history.pop());
        return true;
    }

    /** Opens a task by id in the tasks of the current service (from a log line or the Tasks tab). */
    public void openTask(String taskId) {
        DetailViewModel d = detail.get();
        String cluster = d != null && d.target().cluster() != null ? d.target().cluster() : currentCluster();
        String service = switch (d == null ? null : d.target()) {
            case Target.ServiceTarget s -> s.service();
            case Target.TaskTarget t -> t.service();
            case null, default -> null;
        };
        go(new Place(PageKind.TASKS, cluster, service));
        page.get().list().selectKey(taskId);
    }

    /**
     * Opens a finding's evidence in its list: the task and its logs around the stop; the service on
     * the tab that shows the trouble; a cluster's container instances for a disconnected agent.
     */
    public void openFinding(Finding f) {
        if (f.cluster() == null) {
            return;
        }
        if (f.taskId() != null && !(f.service() != null && aboutSurroundings(f.kind()))) {
            pendingLogsFrom = f.since() == null ? null : f.since().minus(EVIDENCE_LEAD);
            pendingTab = evidenceTab(f);
            go(new Place(PageKind.TASKS, f.cluster(), f.service()));
            page.get().list().selectKey(f.taskId());
        } else if (f.service() != null) {
            pendingTab = evidenceTab(f);
            go(new Place(PageKind.SERVICES, f.cluster(), null));
            page.get().list().selectKey(f.service());
        } else if (f.kind() == FindingKind.AGENT_DISCONNECTED) {
            go(new Place(PageKind.INSTANCES, f.cluster(), null));
        } else {
            go(new Place(PageKind.SERVICES, f.cluster(), null));
        }
    }

    /**
     * Runs a window-level command; false when it means nothing here (the view then handles it:
     * filter, sort, help, palette, quit).
     */
    public boolean run(Command c) {
        if (session.get() == null) {
            return false;
        }
        notice.set(null);
        if (c.mutating() && header.readOnlyProperty().get()) {
            notice.set("Read-only: " + c.description().toLowerCase(java.util.Locale.ROOT) + " is turned off in this context");
            return true;
        }
        return switch (c) {
            case OPEN -> open();
            case BACK -> back();
            case REFRESH -> {
                session.get().refresh();
                yield true;
            }
            case TRIAGE -> {
                go(Place.of(PageKind.TRIAGE));
                yield true;
            }
            case LOGS -> showTab(DetailTab.LOGS);
            case DESCRIBE -> showTab(DetailTab.OVERVIEW);
            case JSON -> showTab(DetailTab.JSON);
            case EVENTS -> showTab(DetailTab.EVENTS);
            case METRICS -> showTab(DetailTab.METRICS);
            case SCALE -> withService(s -> ActionForm.scale(cluster(), s.name(), s.desiredCount()));
            case REDEPLOY -> withService(s -> ActionForm.redeploy(cluster(), s.name()));
            case ROLLBACK -> withService(s -> ActionForm.rollback(cluster(), s.name()));
            case CHANGE_REVISION -> withService(s -> {
                TaskDefinitionRef ref = TaskDefinitionRef.parse(s.taskDefinitionArn());
                return ActionForm.changeRevision(cluster(), s.name(), ref.family(), ref.familyRevision());
            });
            case STOP_TASK -> {
                Task t = selectedTask();
                if (t == null) {
                    notice.set("Select a task to stop");
                } else {
                    startAction(ActionForm.stopTask(cluster(), t.id()));
                }
                yield true;
            }
            default -> false;
        };
    }

    /** Opens the autoscaling-bounds dialog of the selected service (palette only: it has no key). */
    public void scalingBounds() {
        if (header.readOnlyProperty().get()) {
            notice.set("Read-only: autoscaling changes are turned off in this context");
            return;
        }
        withService(s -> ActionForm.scalingBounds(cluster(), s.name(), Math.max(0, s.desiredCount()), Math.max(1, s.desiredCount() * 2)));
    }

    private boolean showTab(DetailTab t) {
        DetailViewModel d = detail.get();
        return d != null && d.show(t);
    }

    private boolean withService(Function<Service, ActionForm> form) {
        Service s = selectedService();
        if (s == null) {
            notice.set("Select a service first (its row must have loaded)");
        } else {
            startAction(form.apply(s));
        }
        return true;
    }

    public void startAction(ActionForm form) {
        closeAction();
        action.set(new ActionViewModel(session.get(), form, ui, io));
    }

    public void closeAction() {
        if (action.get() != null) {
            action.get().dispose();
            action.set(null);
        }
    }

    /** The service the operator is looking at: the selected row, or the service whose detail is open. */
    public Service selectedService() {
        DetailViewModel d = detail.get();
        if (d != null && d.serviceProperty().get() != null) {
            return d.serviceProperty().get();
        }
        PageModel p = page.get();
        if (p != null && p.list() != null && p.list().selectedProperty().get() instanceof ServiceItem i && i.described()) {
            return i.service();
        }
        return null;
    }

    public Task selectedTask() {
        DetailViewModel d = detail.get();
        return d == null ? null : d.taskProperty().get();
    }

    /** The selection's ARN or id, for the clipboard. */
    public String copyText() {
        DetailViewModel d = detail.get();
        if (d == null) {
            return null;
        }
        return switch (d.target()) {
            case Target.ServiceTarget s -> selectedService() == null ? s.service() : selectedService().arn();
            case Target.TaskTarget t -> selectedTask() == null ? t.taskId() : selectedTask().arn();
            case Target.InstanceTarget i -> i.instance().arn();
            case Target.ClusterTarget c -> c.value().arn();
            case Target.FamilyTarget f -> f.family();
        };
    }

    private String cluster() {
        DetailViewModel d = detail.get();
        return d != null && d.target().cluster() != null ? d.target().cluster() : currentCluster();
    }

    /** The cluster the operator is in: the page's, else the first one. */
    public String currentCluster() {
        PageModel p = page.get();
        if (p != null && p.place().cluster() != null) {
            return p.place().cluster();
        }
        return clusters.isEmpty() ? null : clusters.get(0);
    }

    /** Reconnects with another profile ({@code :ctx}) or region ({@code :region}). */
    public void switchContext(String profile, String region) {
        ConnectOptions o = options == null ? ConnectOptions.defaults() : options;
        connect(new ConnectOptions(profile != null ? profile : o.profile(), region != null ? region : o.region(),
                o.endpoint(), o.readOnly(), o.sandbox()));
    }

    public void setOnNewFinding(Consumer<Finding> c) {
        onNewFinding = c;
    }

    public Keymap keymap() {
        return keymap;
    }

    public HeaderViewModel header() {
        return header;
    }

    public ObjectProperty<Session> sessionProperty() {
        return session;
    }

    public ObjectProperty<TriageViewModel> triageProperty() {
        return triage;
    }

    public ObservableList<String> clusters() {
        return clusters;
    }

    public ObjectProperty<PageModel> pageProperty() {
        return page;
    }

    public ObjectProperty<DetailViewModel> detailProperty() {
        return detail;
    }

    public ObjectProperty<ActionViewModel> actionProperty() {
        return action;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanProperty connectingProperty() {
        return connecting;
    }

    public boolean readOnly() {
        return header.readOnlyProperty().get();
    }

    /** Stops every slice and closes the session (window closing). */
    public void dispose() {
        detach();
        sessionSubscriptions.dispose();
        header.dispose();
    }
}
