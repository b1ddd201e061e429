package dev.berth.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.SessionStatus;
import dev.berth.core.watch.Problem;
import dev.berth.desktop.navigator.NavItem;
import dev.berth.desktop.testing.FakeSession;
import dev.berth.desktop.testing.Fixtures;
import dev.berth.desktop.testing.FxApp;
import dev.berth.desktop.testing.FxWait;
import dev.berth.desktop.testing.Screenshots;
import java.time.Instant;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The navigator opens every list; each list fills from its slice; the header follows the session's health. */
@ExtendWith(ApplicationExtension.class)
class PagesTest {
    private final FakeSession session = FakeSession.sandbox();
    private FxApp app;

    @Start
    void start(Stage stage) {
        Fixtures.populate(session);
        app = FxApp.show(stage, session);
    }

    @SuppressWarnings("unchecked")
    private TreeView<NavItem> navigator(FxRobot robot) {
        return robot.lookup("#navigator").queryAs(TreeView.class);
    }

    private void open(FxRobot robot, String label) {
        robot.interact(() -> {
            TreeView<NavItem> nav = navigator(robot);
            nav.requestFocus();
            for (int i = 0; i < nav.getExpandedItemCount(); i++) {
                TreeItem<NavItem> item = nav.getTreeItem(i);
                if (item.getValue().label().equals(label)) {
                    nav.getSelectionModel().select(item);
                    return;
                }
            }
            throw new AssertionError("no navigator entry " + label);
        });
    }

    private int rowsOf(FxRobot robot, String list) {
        return robot.lookup("#" + list + " .table-view").queryTableView().getItems().size();
    }

    @Test
    void theNavigatorOpensEveryListOfTheCluster(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#list-services").tryQuery().isPresent() && rowsOf(robot, "list-services") == 4);
        assertThat(navigator(robot).getSelectionModel().getSelectedItem().getValue().label()).isEqualTo("prod");

        open(robot, "Container instances");
        FxWait.until(() -> robot.lookup("#list-container-instances").tryQuery().isPresent()
                && rowsOf(robot, "list-container-instances") == 2);

        open(robot, "Tasks");
        FxWait.until(() -> robot.lookup("#list-tasks").tryQuery().isPresent() && rowsOf(robot, "list-tasks") == 3);
        assertThat(app.vm.pageProperty().get().place()).isEqualTo(new Place(PageKind.TASKS, "prod", null));

        open(robot, "All clusters");
        FxWait.until(() -> robot.lookup("#list-clusters").tryQuery().isPresent() && rowsOf(robot, "list-clusters") == 2);
        robot.interact(() -> robot.lookup("#list-clusters .table-view").queryTableView().requestFocus());
        robot.interact(() -> robot.lookup("#list-clusters .table-view").queryTableView().getSelectionModel().select(1));
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> app.vm.pageProperty().get().place().equals(new Place(PageKind.SERVICES, "staging", null)));
    }

    @Test
    void taskDefinitionsListFamiliesAndDiffTheNewestRevisions(FxRobot robot) {
        FxWait.until(() -> app.vm.pageProperty().get() != null);
        open(robot, "Task definitions");
        FxWait.until(() -> robot.lookup("#list-task-definitions").tryQuery().isPresent()
                && rowsOf(robot, "list-task-definitions") == 4);
        robot.interact(() -> robot.lookup("#list-task-definitions .table-view").queryTableView().getSelectionModel().select(2));
        FxWait.until(() -> robot.lookup("#taskdef-diff").tryQuery().isPresent()
                && !robot.lookup("#taskdef-diff").queryListView().getItems().isEmpty());
        assertThat(robot.lookup("#taskdef-summary").queryAs(Label.class).getText()).startsWith("web:3");
        assertThat(robot.lookup("#diff-from").queryComboBox().getValue().toString()).contains("web");
        Screenshots.save(app.view.getScene(), "task-definitions");
    }

    @Test
    void theHeaderShowsThrottlingAndTheDataAge(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#list-services").tryQuery().isPresent() && rowsOf(robot, "list-services") == 4);
        assertThat(robot.lookup("#badge-throttled").queryAs(Label.class).isVisible()).isFalse();
        session.status(new SessionStatus(true, new Problem(Problem.Kind.THROTTLED, "Rate exceeded", Instant.now()), 310));
        FxWait.until(() -> robot.lookup("#badge-throttled").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#header-traffic").queryAs(Label.class).getText()).contains("310 calls/min").contains("throttled");
        assertThat(robot.lookup("#header-data-age").queryAs(Label.class).getText()).startsWith("data ");
    }
}
