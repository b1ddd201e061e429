package dev.berth.desktop.actions;

import dev.berth.core.Session;
import dev.berth.core.actions.ActionEvent;
import dev.berth.core.actions.ActionRefused;
import dev.berth.core.actions.Change;
import dev.berth.core.actions.Preview;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.desktop.fx.Ages;
import dev.berth.desktop.fx.Errors;
import dev.berth.desktop.taskdefs.DiffLine;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.disposables.CompositeDisposable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One action from input to outcome: input → preview (what will change, the revision diff) →
 * confirmation (the target's name typed in protected contexts) → progress until the rollout
 * settles or fails. Nothing is sent before {@link #confirm}.
 */
public final class ActionViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ActionViewModel.class);

    /** Where the dialog is. */
    public enum Stage { INPUT, PREVIEWING, CONFIRM, RUNNING, SETTLED, FAILED }

    private final Session session;
    private final ActionForm form;
    private final Scheduler ui;
    private final Scheduler io;
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.INPUT);
    private final StringProperty first = new SimpleStringProperty();
    private final StringProperty second = new SimpleStringProperty();
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty();
    private final ObjectProperty<Preview> preview = new SimpleObjectProperty<>();
    private final ObservableList<Change> changes = FXCollections.observableArrayList();
    private final ObservableList<DiffLine> diff = FXCollections.observableArrayList();
    private final StringProperty confirmPhrase = new SimpleStringProperty();
    private final StringProperty typed = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final CompositeDisposable subscriptions = new CompositeDisposable();
    private final BooleanBinding canConfirm;

    public ActionViewModel(Session session, ActionForm form, Scheduler ui, Scheduler io) {
        this.session = session;
        this.form = form;
        this.ui = ui;
        this.io = io;
        first.set(form.first());
        second.set(form.second());
        canConfirm = Bindings.createBooleanBinding(() -> stage.get() == Stage.CONFIRM
                && (confirmPhrase.get() == null || confirmPhrase.get().equals(typed.get().strip())), stage, confirmPhrase, typed);
        if (form.family() != null) {
            subscriptions.add(session.revisions(form.family())
                    .filter(s -> s.hasValue())
                    .firstElement()
                    .observeOn(ui)
                    .subscribe(s -> choices.setAll(s.value().stream().map(TaskDefinitionRef::familyRevision).toList()),
                            e -> error.set("Could not list revisions: " + e.getMessage())));
        }
        if (form.needsNoInput()) {
            preview();
        }
    }

    /** Computes the preview of what was typed; bad input or a refusal shows as the error line. */
    public void preview() {
        if (stage.get() != Stage.INPUT && stage.get() != Stage.CONFIRM) {
            return;
        }
        error.set(null);
        try {
            var request = form.build(first.get(), second.get());
            stage.set(Stage.PREVIEWING);
            subscriptions.add(session.actions().preview(request)
                    .subscribeOn(io)
                    .observeOn(ui)
                    .subscribe(this::showPreview, e -> {
                        stage.set(Stage.INPUT);
                        error.set(Errors.oneLine(e));
                    }));
        } catch (ActionRefused e) {
            error.set(e.getMessage());
        }
    }

    private void showPreview(Preview p) {
        preview.set(p);
        changes.setAll(p.changes());
        diff.setAll(DiffLine.parse(p.diff()));
        confirmPhrase.set(p.confirmPhrase());
        typed.set("");
        stage.set(Stage.CONFIRM);
    }

    /** Sends the change (only when {@link #canConfirmBinding()} holds) and follows it. */
    public void confirm() {
        if (!canConfirm.get()) {
            if (stage.get() == Stage.CONFIRM) {
                error.set("Type " + confirmPhrase.get() + " to confirm");
            }
            return;
        }
        error.set(null);
        stage.set(Stage.RUNNING);
        progressText.set("Sending…");
        LOG.info("confirmed: {}", preview.get().request().describe());
        subscriptions.add(session.actions().execute(preview.get(), typed.get().strip())
                .subscribeOn(io)
                .observeOn(ui)
                .subscribe(this::onEvent, e -> {
                    stage.set(e instanceof ActionRefused ? Stage.CONFIRM : Stage.FAILED);
                    error.set(Errors.oneLine(e));
                    if (!(e instanceof ActionRefused)) {
                        LOG.warn("action failed: {}", preview.get().request().describe(), e);
                    }
                }));
    }

    private void onEvent(ActionEvent e) {
        switch (e) {
            case ActionEvent.Submitted s -> {
                progressText.set(s.summary());
                log.add(Ages.clock(s.at()) + "  " + s.summary());
            }
            case ActionEvent.Progress p -> {
                progress.set(p.desired() == 0 ? 1 : Math.min(1.0, p.running() / (double) p.desired()));
                String text = p.running() + " of " + p.desired() + " running"
                        + (p.primary() != null && p.primary().rolloutState() != null ? " · " + p.primary().rolloutState() : "")
                        + (p.message() == null ? "" : " · " + p.message());
                progressText.set(text);
                log.add(Ages.clock(p.at()) + "  " + text);
            }
            case ActionEvent.Settled s -> {
                progress.set(1);
                progressText.set(s.message());
                log.add(Ages.clock(s.at()) + "  " + s.message());
                stage.set(Stage.SETTLED);
            }
            case ActionEvent.Failed f -> {
                progressText.set(f.message());
                log.add(Ages.clock(f.at()) + "  " + f.message());
                error.set(f.message());
                stage.set(Stage.FAILED);
            }
        }
    }

    /** Closing the dialog stops following (the change itself, once sent, goes on in AWS). */
    public void dispose() {
        subscriptions.dispose();
    }

    public ActionForm form() {
        return form;
    }

    public String title() {
        return form.kind().title() + " " + form.cluster() + "/" + form.target();
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public StringProperty firstProperty() {
        return first;
    }

    public StringProperty secondProperty() {
        return second;
    }

    public ObservableList<String> choices() {
        return choices;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<Preview> previewProperty() {
        return preview;
    }

    public ObservableList<Change> changes() {
        return changes;
    }

    public ObservableList<DiffLine> diff() {
        return diff;
    }

    public StringProperty confirmPhraseProperty() {
        return confirmPhrase;
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public BooleanBinding canConfirmBinding() {
        return canConfirm;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public ObservableList<String> log() {
        return log;
    }
}
