package dev.berth.desktop.taskdefs;

import dev.berth.core.Session;
import dev.berth.core.actions.RevisionDiff;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.desktop.fx.Follower;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.disposables.Disposable;
import io.reactivex.rxjava3.disposables.SerialDisposable;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Two revisions of a task-definition family and the diff between their JSON. By default it
 * compares the revision it follows with the one before it.
 */
public final class RevisionDiffViewModel {
    private final Session session;
    private final Scheduler ui;
    private final Scheduler io;
    private final ObservableList<TaskDefinitionRef> revisions = FXCollections.observableArrayList();
    private final ObjectProperty<TaskDefinitionRef> from = new SimpleObjectProperty<>();
    private final ObjectProperty<TaskDefinitionRef> to = new SimpleObjectProperty<>();
    private final ObservableList<DiffLine> diff = FXCollections.observableArrayList();
    private final ObjectProperty<TaskDefinition> current = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty();
    private final SerialDisposable comparison = new SerialDisposable();
    private final Follower<Start> follower;

    public RevisionDiffViewModel(Session session, Scheduler ui, Scheduler io) {
        this.session = session;
        this.ui = ui;
        this.io = io;
        follower = new Follower<>(this::forget, this::subscribe);
        from.addListener((o, a, b) -> compare());
        to.addListener((o, a, b) -> compare());
    }

    private Disposable subscribe(Start start) {
        if (start.family() == null) {
            return Disposable.empty();
        }
        return session.revisions(start.family()).observeOn(ui).subscribe(s -> {
            problem.set(s.problem() == null ? null : s.problem().message());
            if (!s.hasValue() || s.value().equals(revisions)) {
                return;
            }
            revisions.setAll(s.value());
            if (to.get() == null && !revisions.isEmpty()) {
                TaskDefinitionRef pick = revisions.stream().filter(r -> Objects.equals(r.revision(), start.revision()))
                        .findFirst().orElse(revisions.get(0));
                int i = revisions.indexOf(pick);
                from.set(i + 1 < revisions.size() ? revisions.get(i + 1) : pick);
                to.set(pick);
            }
        });
    }

    private void forget(Start next) {
        comparison.set(Disposable.empty());
        from.set(null);
        to.set(null);
        revisions.clear();
        diff.clear();
        current.set(null);
        problem.set(null);
        summary.set(next.family() == null ? "Waiting for the service's task definition…" : "");
    }

    /**
     * Watches a family's revisions (the tab is shown) and compares {@code revision} (null: the
     * newest) with the one before it; a null family means the revision is not known yet.
     */
    public void follow(String family, Integer revision) {
        follower.follow(new Start(family, revision));
    }

    /** Stops watching the revisions (the tab is hidden); the diff stays. */
    public void stop() {
        follower.stop();
    }

    private void compare() {
        TaskDefinitionRef a = from.get();
        TaskDefinitionRef b = to.get();
        if (a == null || b == null) {
            return;
        }
        comparison.set(Single.zip(session.taskDefinition(a.arn()), session.taskDefinition(b.arn()), Pair::new)
                .subscribeOn(io)
                .map(p -> new Result(p.b, DiffLine.parse(RevisionDiff.unified(p.a, p.b))))
                .observeOn(ui)
                .subscribe(r -> {
                    problem.set(null);
                    current.set(r.to);
                    summary.set(summarise(r.to));
                    diff.setAll(r.lines.isEmpty() && !a.equals(b)
                            ? List.of(new DiffLine(DiffLine.Kind.HEADER, "no differences")) : r.lines);
                }, e -> problem.set("Could not load the revisions: " + e.getMessage())));
    }

    static String summarise(TaskDefinition t) {
        StringBuilder s = new StringBuilder();
        s.append(t.ref().familyRevision()).append("  ·  ").append(Objects.toString(t.status(), ""))
                .append("  ·  cpu ").append(Objects.toString(t.cpu(), "–")).append(", memory ")
                .append(Objects.toString(t.memory(), "–")).append("  ·  ").append(Objects.toString(t.networkMode(), ""));
        t.containers().forEach(c -> s.append("\n  ").append(c.name()).append(": ").append(c.image())
                .append(c.essential() ? "" : " (not essential)"));
        return s.toString();
    }

    /** Where the comparison starts: a family and a revision of it (null: the newest). */
    private record Start(String family, Integer revision) {
    }

    private record Pair(TaskDefinition a, TaskDefinition b) {
    }

    private record Result(TaskDefinition to, List<DiffLine> lines) {
    }

    public ObservableList<TaskDefinitionRef> revisions() {
        return revisions;
    }

    public ObjectProperty<TaskDefinitionRef> fromProperty() {
        return from;
    }

    public ObjectProperty<TaskDefinitionRef> toProperty() {
        return to;
    }

    public ObservableList<DiffLine> diff() {
        return diff;
    }

    public ObjectProperty<TaskDefinition> currentProperty() {
        return current;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public void dispose() {
        follower.dispose();
        comparison.dispose();
    }
}
