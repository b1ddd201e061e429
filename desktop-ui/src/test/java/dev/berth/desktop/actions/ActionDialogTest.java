package dev.berth.desktop.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.actions.ActionEvent;
import dev.berth.core.actions.ChangeRevision;
import dev.berth.core.actions.RedeployService;
import dev.berth.core.actions.RollbackService;
import dev.berth.core.actions.ScaleService;
import dev.berth.core.actions.SetScalingBounds;
import dev.berth.core.actions.StopTask;
import dev.berth.desktop.actions.ActionViewModel.Stage;
import dev.berth.desktop.app.PageKind;
import dev.berth.desktop.app.Place;
import dev.berth.desktop.services.ServiceItem;
import dev.berth.desktop.testing.FakeSession;
import dev.berth.desktop.testing.Fixtures;
import dev.berth.desktop.testing.FxApp;
import dev.berth.desktop.testing.FxWait;
import dev.berth.desktop.testing.Screenshots;
import java.time.Instant;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Each action from its key to its outcome: inputs, preview, confirmation, progress. */
@ExtendWith(ApplicationExtension.class)
class ActionDialogTest {
    private final FakeSession session = FakeSession.sandbox();
    private FxApp app;

    @Start
    void start(javafx.stage.Stage stage) {
        Fixtures.populate(session);
        app = FxApp.show(stage, session);
    }

    @SuppressWarnings("unchecked")
    private void focusService(FxRobot robot, int row) {
        FxWait.until(() -> robot.lookup("#list-services").tryQuery().isPresent()
                && robot.lookup("#list-services .table-view").queryAs(TableView.class).getItems().size() == 4);
        robot.interact(() -> {
            TableView<ServiceItem> t = robot.lookup("#list-services .table-view").queryAs(TableView.class);
            t.requestFocus();
            t.getSelectionModel().clearAndSelect(row);
        });
        FxWait.until(() -> app.vm.selectedService() != null);
    }

    private ActionViewModel action() {
        return app.vm.actionProperty().get();
    }

    private void awaitStage(Stage s) {
        try {
            FxWait.until(() -> action() != null && action().stageProperty().get() == s);
        } catch (RuntimeException e) {
            throw new AssertionError("stage " + (action() == null ? "no action" : action().stageProperty().get() + ", input '"
                    + action().firstProperty().get() + "', error " + action().errorProperty().get()) + ", focus "
                    + app.view.getScene().getFocusOwner(), e);
        }
    }

    @Test
    void scaleAsksTheCountPreviewsAndFollowsTheRolloutUntilItSettles(FxRobot robot) {
        focusService(robot, 0);
        robot.write("s");
        FxWait.until(() -> robot.lookup("#action-dialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#action-first").queryTextInputControl().setText(""));
        robot.write("5");
        robot.type(KeyCode.ENTER);
        awaitStage(Stage.CONFIRM);
        assertThat(session.actions().previewed()).containsExactly(new ScaleService("prod", "web", 5));
        assertThat(session.actions().executed()).as("nothing sent before confirming").isEmpty();
        Screenshots.save(app.view.getScene(), "action-scale");

        robot.type(KeyCode.ENTER);
        awaitStage(Stage.RUNNING);
        Instant t = Instant.now();
        session.actions().events().onNext(new ActionEvent.Submitted(t, "UpdateService accepted: desired 3 → 5"));
        session.actions().events().onNext(new ActionEvent.Progress(t,
                Fixtures.deployment("d1", "PRIMARY", "web:3", 5, 4, "IN_PROGRESS", t), 4, 5, "waiting for 1 task"));
        FxWait.until(() -> robot.lookup("#action-progress-text").queryLabeled().getText().startsWith("4 of 5 running"));
        Screenshots.save(app.view.getScene(), "action-progress");
        session.actions().events().onNext(new ActionEvent.Settled(t, "web reached a steady state (5 of 5)"));
        awaitStage(Stage.SETTLED);
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> robot.lookup("#action-dialog").tryQuery().isEmpty() && app.vm.actionProperty().get() == null);
    }

    @Test
    void redeployInAProtectedContextWaitsForTheTypedServiceName(FxRobot robot) {
        session.actions().protectedContext(true);
        focusService(robot, 0);
        robot.write("r");
        awaitStage(Stage.CONFIRM);
        Button apply = robot.lookup("#action-apply").queryButton();
        assertThat(apply.isDisabled()).isTrue();
        FxWait.until(() -> robot.lookup("#action-confirm").queryTextInputControl().isFocused());
        robot.write("we");
        robot.type(KeyCode.ENTER);
        assertThat(session.actions().executed()).isEmpty();
        robot.write("b");
        FxWait.until(() -> !apply.isDisabled());
        robot.type(KeyCode.ENTER);
        awaitStage(Stage.RUNNING);
        assertThat(session.actions().executed()).singleElement()
                .satisfies(p -> assertThat(p.request()).isEqualTo(new RedeployService("prod", "web")));
    }

    @Test
    void changeRevisionShowsTheDiffBeforeConfirming(FxRobot robot) {
        focusService(robot, 0);
        robot.write("u");
        FxWait.until(() -> action() != null && action().choices().size() == 3);
        robot.interact(() -> action().firstProperty().set("web:2"));
        robot.interact(() -> robot.lookup("#action-preview").queryButton().fire());
        awaitStage(Stage.CONFIRM);
        assertThat(session.actions().previewed()).containsExactly(new ChangeRevision("prod", "web", "web:2"));
        FxWait.until(() -> robot.lookup("#action-diff").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertThat(robot.lookup("#action-diff .diff-added").queryAll()).isNotEmpty();
        Screenshots.save(app.view.getScene(), "action-change-revision");
    }

    @Test
    void rollbackFailsWithTheReasonShown(FxRobot robot) {
        focusService(robot, 1);
        robot.write("b");
        awaitStage(Stage.CONFIRM);
        robot.type(KeyCode.ENTER);
        awaitStage(Stage.RUNNING);
        assertThat(session.actions().executed().get(0).request()).isEqualTo(new RollbackService("prod", "worker"));
        session.actions().events().onNext(new ActionEvent.Failed(Instant.now(), "circuit breaker tripped: 3 tasks failed to start"));
        awaitStage(Stage.FAILED);
        FxWait.until(() -> robot.lookup("#action-error").queryLabeled().getText().contains("circuit breaker"));
    }

    @Test
    void stopTaskFromTheTasksList(FxRobot robot) {
        FxWait.until(() -> app.vm.pageProperty().get() != null);
        robot.interact(() -> app.vm.go(new Place(PageKind.TASKS, "prod", "worker")));
        FxWait.until(() -> robot.lookup("#list-tasks").tryQuery().isPresent()
                && robot.lookup("#list-tasks .table-view").queryTableView().getItems().size() == 3);
        robot.interact(() -> {
            var t = robot.lookup("#list-tasks .table-view").queryTableView();
            t.requestFocus();
            t.getSelectionModel().clearAndSelect(0);
        });
        FxWait.until(() -> app.vm.selectedTask() != null);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup("#action-dialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#action-first").queryTextInputControl().setText("hung on shutdown"));
        robot.type(KeyCode.ENTER);
        awaitStage(Stage.CONFIRM);
        assertThat(session.actions().previewed()).containsExactly(new StopTask("prod", "9f8e7d6c5b4a3921", "hung on shutdown"));
    }

    @Test
    void autoscalingBoundsFromThePalette(FxRobot robot) {
        focusService(robot, 0);
        robot.write(":");
        FxWait.until(() -> robot.lookup("#palette").tryQuery().isPresent());
        robot.write("scaling");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#action-dialog").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#action-first").queryTextInputControl().setText("2");
            robot.lookup("#action-second").queryTextInputControl().setText("10");
        });
        robot.interact(() -> robot.lookup("#action-preview").queryButton().fire());
        awaitStage(Stage.CONFIRM);
        assertThat(session.actions().previewed()).containsExactly(new SetScalingBounds("prod", "web", 2, 10));
    }

    @Test
    void badInputShowsOneLineAndSendsNothing(FxRobot robot) {
        focusService(robot, 0);
        robot.write("s");
        FxWait.until(() -> robot.lookup("#action-dialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#action-first").queryTextInputControl().setText("-2"));
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#action-error").queryLabeled().isVisible());
        assertThat(robot.lookup("#action-error").queryLabeled().getText()).contains("whole number").doesNotContain("Exception");
        assertThat(session.actions().previewed()).isEmpty();
    }
}
