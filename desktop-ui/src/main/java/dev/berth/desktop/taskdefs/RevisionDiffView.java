package dev.berth.desktop.taskdefs;

import dev.berth.core.model.TaskDefinitionRef;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Task definition tab: what the revision runs, and its diff against another revision. */
public final class RevisionDiffView extends VBox {
    public RevisionDiffView(RevisionDiffViewModel vm) {
        setId("revision-diff");
        getStyleClass().add("revision-diff");
        setSpacing(6);
        setPadding(new Insets(8));
        Label summary = new Label();
        summary.setId("taskdef-summary");
        summary.getStyleClass().add("mono");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ComboBox<TaskDefinitionRef> from = revisionBox(vm, "diff-from");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        ComboBox<TaskDefinitionRef> to = revisionBox(vm, "diff-to");
        to.valueProperty().bindBidirectional(vm.toProperty());
        Label problem = new Label();
        problem.getStyleClass().add("tone-warn");
        problem.textProperty().bind(vm.problemProperty());
        HBox bar = new HBox(8, new Label("Compare"), from, new Label("with"), to, problem);
        bar.setAlignment(Pos.CENTER_LEFT);
        DiffView diff = new DiffView(vm.diff());
        diff.setId("taskdef-diff");
        VBox.setVgrow(diff, Priority.ALWAYS);
        getChildren().addAll(summary, bar, diff);
    }

    private static ComboBox<TaskDefinitionRef> revisionBox(RevisionDiffViewModel vm, String id) {
        ComboBox<TaskDefinitionRef> box = new ComboBox<>(vm.revisions());
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(TaskDefinitionRef r) {
                return r == null ? "" : r.familyRevision();
            }

            @Override
            public TaskDefinitionRef fromString(String s) {
                return null;
            }
        });
        return box;
    }
}
