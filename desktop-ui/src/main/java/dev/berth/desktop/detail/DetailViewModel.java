package dev.berth.desktop.detail;

import dev.berth.core.Session;
import dev.berth.core.logs.LogQuery;
import dev.berth.core.model.ScalableTarget;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.core.watch.Snapshot;
import dev.berth.desktop.detail.Target.ClusterTarget;
import dev.berth.desktop.detail.Target.FamilyTarget;
import dev.berth.desktop.detail.Target.InstanceTarget;
import dev.berth.desktop.detail.Target.ServiceTarget;
import dev.berth.desktop.detail.Target.TaskTarget;
import dev.berth.desktop.json.JsonText;
import dev.berth.desktop.logs.LogsViewModel;
import dev.berth.desktop.metrics.MetricsViewModel;
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
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The detail area of one selected resource. The Overview and JSON follow their slice from the
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
    private final ObservableList<Field> fields = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty json = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty();
    private final ObjectProperty<Service> service = new SimpleObjectProperty<>();
    private final ObjectProperty<Task> task = new SimpleObjectProperty<>();
    private final CompositeDisposable subscriptions = new CompositeDisposable();
    private final List<Runnable> disposers = new ArrayList<>();
    private Consumer<String> openTask = id -> { };
    private ScalableTarget scaling;
    private LogsViewModel logs;
    private MetricsViewModel metrics;
    private TimelineViewModel timeline;
    private RevisionDiffViewModel revisions;
    private ResourceListViewModel<Task> tasks;

    public DetailViewModel(Session session, Target target, Scheduler ui, Scheduler io, Clock clock) {
        this.session = session;
        this.target = target;
        this.ui = ui;
        this.io = io;
        this.clock = clock;
        switch (target) {
            case ServiceTarget s -> {
                title.set("Service " + s.service() + "  ·  " + s.cluster());
                follow(session.scaling(s.cluster(), s.service()), v -> {
                    scaling = v;
                    if (service.get() != null) {
                        showService(service.get());
                    }
                });
                follow(session.service(s.cluster(), s.service()), v -> {
                    service.set(v);
                    showService(v);
                });
            }
            case TaskTarget t -> {
                title.set("Task " + TaskLists.shortId(t.taskId()) + "  ·  " + t.cluster());
                follow(session.tasks(t.cluster(), t.service()), list -> list.stream()
                        .filter(x -> x.id().equals(t.taskId())).findFirst().ifPresentOrElse(x -> {
                            task.set(x);
                            fields.setAll(Overviews.task(x, clock.instant()));
                            json.set(JsonText.of(x));
                        }, () -> problem.set("Task " + t.taskId() + " is no longer listed (stopped over an hour ago?)")));
            }
            case InstanceTarget i -> {
                title.set("Container instance " + (i.instance().ec2InstanceId() == null ? "" : i.instance().ec2InstanceId()));
                fields.setAll(Overviews.instance(i.instance()));
                json.set(JsonText.of(i.instance()));
            }
            case ClusterTarget c -> {
                title.set("Cluster " + c.value().name());
                fields.setAll(Overviews.cluster(c.value()));
                json.set(JsonText.of(c.value()));
            }
            case FamilyTarget f -> {
                title.set("Task definition " + f.family());
                tab.set(DetailTab.TASK_DEFINITION);
            }
        }
    }

    private <T> void follow(Observable<Snapshot<T>> slice, Consumer<T> onValue) {
        subscriptions.add(slice.observeOn(ui).subscribe(s -> {
            problem.set(s.problem() == null ? null : s.problem().message());
            if (s.hasValue()) {
                onValue.accept(s.value());
            }
        }, e -> problem.set(e.getMessage())));
    }

    private void showService(Service s) {
        fields.setAll(Overviews.service(s, scaling, clock.instant()));
        progress.set(Overviews.rolloutProgress(s));
        progressText.set(Overviews.rolloutText(s));
        json.set(JsonText.of(s));
    }

    /** The tabs this kind of resource has. */
    public List<DetailTab> tabs() {
        return switch (target) {
            case ServiceTarget s -> List.of(DetailTab.OVERVIEW, DetailTab.TASKS, DetailTab.EVENTS, DetailTab.LOGS,
                    DetailTab.METRICS, DetailTab.TASK_DEFINITION, DetailTab.JSON);
            case TaskTarget t -> List.of(DetailTab.OVERVIEW, DetailTab.LOGS, DetailTab.JSON);
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
                Service s = service.get();
                if (s == null) {
                    return null;
                }
                TaskDefinitionRef ref = TaskDefinitionRef.parse(s.taskDefinitionArn());
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

    public ObservableList<Field> fields() {
        return fields;
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
