package dev.berth.desktop.actions;

import dev.berth.core.actions.Change;
import dev.berth.desktop.actions.ActionViewModel.Stage;
import dev.berth.desktop.taskdefs.DiffView;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The action sheet shown over the window: inputs, the preview (changes and diff), the typed
 * confirmation in protected contexts, then the rollout's progress. Enter moves forward, Esc closes.
 */
public final class ActionDialog extends VBox {
    private final ActionViewModel vm;
    private final Runnable close;
    private TextField firstField;

    public ActionDialog(ActionViewModel vm, Runnable close) {
        this.vm = vm;
        this.close = close;
        setId("action-dialog");
        getStyleClass().addAll("action-dialog", "elevated-2");
        setSpacing(10);
        setPadding(new Insets(16, 18, 16, 18));
        setMaxSize(720, Region.USE_PREF_SIZE);
        setPrefWidth(680);

        Label title = new Label(vm.title());
        title.getStyleClass().add("title-3");
        getChildren().add(title);
        getChildren().add(inputs());
        getChildren().add(preview());
        getChildren().add(progress());

        Label error = new Label();
        error.setId("action-error");
        error.getStyleClass().addAll("tone-bad", "action-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().add(error);
        getChildren().add(buttons());

        // A filter, not a handler: a focused button must not take Enter for itself (Cancel would win).
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                forward();
                e.consume();
            }
        });
    }

    private Node inputs() {
        ActionForm.Kind kind = vm.form().kind();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        if (kind.firstLabel() != null) {
            grid.add(new Label(kind.firstLabel()), 0, 0);
            if (kind == ActionForm.Kind.CHANGE_REVISION) {
                ComboBox<String> box = new ComboBox<>(vm.choices());
                box.setId("action-first");
                box.setEditable(true);
                box.getEditor().textProperty().bindBidirectional(vm.firstProperty());
                box.setPrefWidth(260);
                firstField = box.getEditor();
                grid.add(box, 1, 0);
            } else {
                firstField = new TextField();
                firstField.setId("action-first");
                firstField.textProperty().bindBidirectional(vm.firstProperty());
                firstField.setPrefColumnCount(kind == ActionForm.Kind.STOP_TASK ? 30 : 8);
                grid.add(firstField, 1, 0);
            }
        }
        if (kind.secondLabel() != null) {
            TextField second = new TextField();
            second.setId("action-second");
            second.textProperty().bindBidirectional(vm.secondProperty());
            second.setPrefColumnCount(8);
            grid.add(new Label(kind.secondLabel()), 0, 1);
            grid.add(second, 1, 1);
        }
        BooleanBinding show = vm.stageProperty().isEqualTo(Stage.INPUT).and(Bindings.createBooleanBinding(() -> kind.firstLabel() != null));
        grid.visibleProperty().bind(show);
        grid.managedProperty().bind(show);
        return grid;
    }

    private Node preview() {
        GridPane changes = new GridPane();
        changes.setId("action-changes");
        changes.setHgap(14);
        changes.setVgap(4);
        changes.getStyleClass().add("action-changes");
        vm.changes().addListener((javafx.collections.ListChangeListener<Change>) c -> fillChanges(changes));
        fillChanges(changes);
        DiffView diff = new DiffView(vm.diff());
        diff.setId("action-diff");
        diff.setPrefHeight(220);
        diff.visibleProperty().bind(Bindings.isNotEmpty(vm.diff()));
        diff.managedProperty().bind(diff.visibleProperty());

        Label confirmLabel = new Label();
        confirmLabel.textProperty().bind(Bindings.concat("Protected context: type ", vm.confirmPhraseProperty(), " to confirm"));
        TextField confirm = new TextField();
        confirm.setId("action-confirm");
        confirm.textProperty().bindBidirectional(vm.typedProperty());
        confirm.setPrefColumnCount(24);
        HBox confirmRow = new HBox(10, FontIcon.of(Material2AL.LOCK), confirmLabel, confirm);
        confirmRow.setAlignment(Pos.CENTER_LEFT);
        BooleanBinding protectedShown = vm.confirmPhraseProperty().isNotNull().and(vm.stageProperty().isEqualTo(Stage.CONFIRM));
        confirmRow.visibleProperty().bind(protectedShown);
        confirmRow.managedProperty().bind(protectedShown);
        vm.stageProperty().addListener((o, a, b) -> {
            if (b == Stage.CONFIRM) {
                if (vm.confirmPhraseProperty().get() != null) {
                    confirm.requestFocus();
                } else {
                    requestFocus();
                }
            }
        });

        Label previewing = new Label("Working out what would change…");
        previewing.getStyleClass().add("muted-text");
        previewing.visibleProperty().bind(vm.stageProperty().isEqualTo(Stage.PREVIEWING));
        previewing.managedProperty().bind(previewing.visibleProperty());

        Label heading = new Label("What will change");
        heading.getStyleClass().add("title-4");
        VBox box = new VBox(8, previewing, heading, changes, diff, confirmRow);
        BooleanBinding show = vm.previewProperty().isNotNull().or(vm.stageProperty().isEqualTo(Stage.PREVIEWING));
        box.visibleProperty().bind(show);
        box.managedProperty().bind(show);
        heading.visibleProperty().bind(vm.previewProperty().isNotNull());
        heading.managedProperty().bind(heading.visibleProperty());
        return box;
    }

    private void fillChanges(GridPane grid) {
        grid.getChildren().clear();
        int row = 0;
        for (Change c : vm.changes()) {
            Label what = new Label(c.what());
            what.getStyleClass().add("muted-text");
            Label before = new Label(c.before());
            before.getStyleClass().addAll("mono", "diff-removed-text");
            Label after = new Label(c.after());
            after.getStyleClass().addAll("mono", "diff-added-text");
            grid.addRow(row++, what, before, new Label("→"), after);
        }
    }

    private Node progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("action-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label text = new Label();
        text.setId("action-progress-text");
        text.textProperty().bind(vm.progressTextProperty());
        ListView<String> log = new ListView<>(vm.log());
        log.getStyleClass().addAll("dense", "action-log");
        log.setPrefHeight(120);
        VBox box = new VBox(6, bar, text, log);
        BooleanBinding show = vm.stageProperty().isEqualTo(Stage.RUNNING).or(vm.stageProperty().isEqualTo(Stage.SETTLED))
                .or(vm.stageProperty().isEqualTo(Stage.FAILED).and(Bindings.isNotEmpty(vm.log())));
        box.visibleProperty().bind(show);
        box.managedProperty().bind(show);
        return box;
    }

    private Node buttons() {
        Button cancel = new Button();
        cancel.setId("action-cancel");
        cancel.textProperty().bind(Bindings.when(vm.stageProperty().isEqualTo(Stage.INPUT)
                .or(vm.stageProperty().isEqualTo(Stage.CONFIRM)).or(vm.stageProperty().isEqualTo(Stage.PREVIEWING)))
                .then("Cancel (Esc)").otherwise("Close (Esc)"));
        cancel.setOnAction(e -> close());
        Button previewButton = new Button("Preview (Enter)");
        previewButton.setId("action-preview");
        previewButton.setOnAction(e -> vm.preview());
        previewButton.visibleProperty().bind(vm.stageProperty().isEqualTo(Stage.INPUT));
        previewButton.managedProperty().bind(previewButton.visibleProperty());
        previewButton.getStyleClass().add("accent");
        Button apply = new Button("Apply (Enter)");
        apply.setId("action-apply");
        apply.getStyleClass().add("danger");
        apply.setOnAction(e -> vm.confirm());
        apply.disableProperty().bind(vm.canConfirmBinding().not());
        apply.visibleProperty().bind(vm.stageProperty().isEqualTo(Stage.CONFIRM));
        apply.managedProperty().bind(apply.visibleProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(8, grow, cancel, previewButton, apply);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }

    private void forward() {
        switch (vm.stageProperty().get()) {
            case INPUT -> vm.preview();
            case CONFIRM -> vm.confirm();
            case SETTLED, FAILED -> close();
            default -> { }
        }
    }

    /** Puts the focus where typing starts: the first input, else the sheet itself. */
    public void focusFirst() {
        if (firstField != null && vm.stageProperty().get() == Stage.INPUT) {
            firstField.requestFocus();
            firstField.selectAll();
        } else {
            requestFocus();
        }
    }

    private void close() {
        vm.dispose();
        close.run();
    }
}
