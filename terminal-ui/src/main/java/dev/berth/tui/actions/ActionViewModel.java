package dev.berth.tui.actions;

import dev.berth.core.actions.ActionEvent;
import dev.berth.core.actions.ActionRefused;
import dev.berth.core.actions.ActionRequest;
import dev.berth.core.actions.Actions;
import dev.berth.core.actions.Change;
import dev.berth.core.actions.Preview;
import dev.berth.core.keymap.KeyChord;
import dev.berth.tui.ui.LineEditor;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Text;
import dev.berth.tui.ui.Tone;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.disposables.CompositeDisposable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One action from asking to done: optional input (a desired count, a revision), the preview of
 * what will change, the confirmation (typing the target's name in protected contexts), then the
 * rollout moving until it settles or fails. No AWS call happens before the confirmation.
 * Runs on the UI thread; results of the core hop here through {@code ui}.
 */
public final class ActionViewModel {
    /** Where the dialog is. */
    public enum Stage { INPUT, PREVIEWING, CONFIRM, RUNNING, SETTLED, FAILED, CANCELLED }

    private final Actions actions;
    private final String title;
    private final String inputLabel;
    private final Function<String, ActionRequest> parse;
    private final Scheduler ui;
    private final Runnable changed;
    private final CompositeDisposable calls = new CompositeDisposable();
    private Stage stage;
    private LineEditor editor;
    private Preview preview;
    private String error;
    private final List<StyledLine> progress = new ArrayList<>();
    private ActionEvent.Progress last;

    /**
     * @param inputLabel what to ask for first, or null when the request needs no input
     * @param parse      turns the typed input into a request (throws {@link ActionRefused} for bad input);
     *                   with no input it is called once with null
     */
    public ActionViewModel(Actions actions, String title, String inputLabel, String initialInput,
                           Function<String, ActionRequest> parse, Scheduler ui, Runnable changed) {
        this.actions = actions;
        this.title = title;
        this.inputLabel = inputLabel;
        this.parse = parse;
        this.ui = ui;
        this.changed = changed;
        if (inputLabel != null) {
            stage = Stage.INPUT;
            editor = new LineEditor(initialInput);
        } else {
            requestPreview(null);
        }
    }

    public String title() {
        return title;
    }

    public Stage stage() {
        return stage;
    }

    public String error() {
        return error;
    }

    public Preview preview() {
        return preview;
    }

    /** Handles a key; returns false when the dialog should close. */
    public boolean key(KeyChord chord) {
        if (chord.key() == KeyChord.Key.ESCAPE) {
            if (stage == Stage.INPUT || stage == Stage.PREVIEWING || stage == Stage.CONFIRM) {
                stage = Stage.CANCELLED;
            }
            calls.dispose();
            return false;
        }
        switch (stage) {
            case INPUT -> {
                if (chord.key() == KeyChord.Key.ENTER) {
                    requestPreview(editor.text());
                } else if (editor.edit(chord)) {
                    error = null;
                }
            }
            case CONFIRM -> {
                boolean typed = preview.confirmPhrase() != null;
                if (chord.key() == KeyChord.Key.ENTER) {
                    execute(typed ? editor.text() : null);
                } else if (typed) {
                    editor.edit(chord);
                } else if (chord.key() == KeyChord.Key.CHARACTER && (chord.character() == 'y' || chord.character() == 'Y')) {
                    execute(null);
                } else if (chord.key() == KeyChord.Key.CHARACTER && (chord.character() == 'n' || chord.character() == 'N')) {
                    stage = Stage.CANCELLED;
                    return false;
                }
            }
            case SETTLED, FAILED -> {
                if (chord.key() == KeyChord.Key.ENTER) {
                    return false;
                }
            }
            default -> {
                // previewing or running: only Esc does something
            }
        }
        changed.run();
        return true;
    }

    private void requestPreview(String input) {
        ActionRequest request;
        try {
            request = parse.apply(input);
        } catch (ActionRefused | IllegalArgumentException e) {
            error = e.getMessage();
            if (inputLabel == null) {
                stage = Stage.FAILED;
            }
            return;
        }
        error = null;
        stage = Stage.PREVIEWING;
        calls.add(actions.preview(request).observeOn(ui).subscribe(p -> {
            preview = p;
            stage = Stage.CONFIRM;
            editor = new LineEditor("");
            changed.run();
        }, e -> {
            error = oneLine(e);
            stage = inputLabel != null && e instanceof ActionRefused ? Stage.INPUT : Stage.FAILED;
            changed.run();
        }));
    }

    private void execute(String typed) {
        if (preview.confirmPhrase() != null && !preview.confirmPhrase().equals(typed)) {
            error = "type " + preview.confirmPhrase() + " exactly to confirm";
            return;
        }
        error = null;
        stage = Stage.RUNNING;
        calls.add(actions.execute(preview, typed).observeOn(ui).subscribe(this::onEvent, e -> {
            error = oneLine(e);
            stage = Stage.FAILED;
            changed.run();
        }));
    }

    private void onEvent(ActionEvent e) {
        switch (e) {
            case ActionEvent.Submitted s -> progress.add(StyledLine.builder().add(Text.clock(s.at()) + " ", Tone.DIM)
                    .add("submitted: " + s.summary(), Tone.NORMAL).build());
            case ActionEvent.Progress p -> {
                last = p;
                progress.add(StyledLine.builder().add(Text.clock(p.at()) + " ", Tone.DIM)
                        .add(bar(p.running(), p.desired()) + " ", Tone.ACCENT)
                        .add(p.running() + "/" + p.desired() + " running", Tone.STRONG)
                        .add(p.message() == null ? "" : "  " + p.message(), Tone.DIM).build());
            }
            case ActionEvent.Settled s -> {
                stage = Stage.SETTLED;
                progress.add(StyledLine.builder().add(Text.clock(s.at()) + " ", Tone.DIM).add("✔ " + s.message(), Tone.GOOD).build());
            }
            case ActionEvent.Failed f -> {
                stage = Stage.FAILED;
                error = f.message();
                progress.add(StyledLine.builder().add(Text.clock(f.at()) + " ", Tone.DIM).add("✖ " + f.message(), Tone.BAD).build());
            }
        }
        changed.run();
    }

    /** The latest rollout progress, or null before the first. */
    public ActionEvent.Progress lastProgress() {
        return last;
    }

    static String bar(int running, int desired) {
        int width = 10;
        int full = desired <= 0 ? width : (int) Math.round(Math.min(1.0, running / (double) desired) * width);
        return "█".repeat(full) + "░".repeat(width - full);
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** The dialog's lines for a given width. */
    public List<StyledLine> render(int width) {
        List<StyledLine> out = new ArrayList<>();
        out.add(StyledLine.of(preview != null ? preview.title() : title, Tone.HEADER));
        out.add(StyledLine.EMPTY);
        if (stage == Stage.INPUT) {
            out.add(StyledLine.builder().add(inputLabel + ": ", Tone.STRONG).add(editor.text() + "▏", Tone.ACCENT).build());
        }
        if (stage == Stage.PREVIEWING) {
            out.add(StyledLine.of("working out what would change…", Tone.DIM));
        }
        if (preview != null) {
            for (Change c : preview.changes()) {
                out.add(StyledLine.builder().add("  " + c.what() + ": ", Tone.NORMAL).add(Text.orDash(c.before()), Tone.BAD)
                        .add(" → ", Tone.DIM).add(Text.orDash(c.after()), Tone.GOOD).build());
            }
            if (preview.diff() != null && !preview.diff().isBlank()) {
                out.add(StyledLine.EMPTY);
                out.addAll(DiffLines.style(preview.diff(), 14));
            }
            out.add(StyledLine.EMPTY);
        }
        if (stage == Stage.CONFIRM) {
            if (preview.confirmPhrase() != null) {
                out.add(StyledLine.builder().add("protected: type ", Tone.WARN).add(preview.confirmPhrase(), Tone.STRONG)
                        .add(" to confirm: ", Tone.WARN).add(editor.text() + "▏", Tone.ACCENT).build());
            } else {
                out.add(StyledLine.builder().add("Apply? ", Tone.STRONG).add("y/Enter yes · n/Esc no", Tone.DIM).build());
            }
        }
        out.addAll(progress.subList(Math.max(0, progress.size() - 8), progress.size()));
        if (error != null) {
            out.add(StyledLine.of(error, Tone.BAD));
        }
        out.add(StyledLine.EMPTY);
        out.add(StyledLine.of(switch (stage) {
            case INPUT -> "Enter preview · Esc cancel";
            case PREVIEWING, CONFIRM -> "Esc cancel (nothing has been sent)";
            case RUNNING -> "following the rollout · Esc closes (the rollout goes on)";
            case SETTLED, FAILED, CANCELLED -> "Enter or Esc closes";
        }, Tone.DIM));
        List<StyledLine> wrapped = new ArrayList<>();
        for (StyledLine l : out) {
            wrapped.addAll(l.wrap(width));
        }
        return wrapped;
    }
}
