package dev.berth.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.model.Task;
import dev.berth.desktop.detail.DetailTab;
import dev.berth.desktop.detail.Target;
import dev.berth.desktop.testing.FakeSession;
import dev.berth.desktop.testing.Fixtures;
import dev.berth.desktop.testing.FxApp;
import dev.berth.desktop.testing.FxWait;
import dev.berth.desktop.testing.SurroundingFixtures;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Long cells show whole in a tooltip; ctrl-c and the context menu copy out of the tables. */
@ExtendWith(ApplicationExtension.class)
class CopyScreensTest {
    private static final String DB_SECRET = "arn:aws:secretsmanager:us-east-1:" + Fixtures.ACCOUNT + ":secret:prod/web/db-AbC123";
    private final FakeSession session = FakeSession.sandbox();
    private Stage stage;
    private FxApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Fixtures.populate(session);
        SurroundingFixtures.populate(session);
        app = FxApp.show(stage, session);
    }

    private void showWebTab(FxRobot robot, DetailTab tab, String section) {
        FxWait.until(() -> robot.lookup("#list-services .table-view").tryQuery().isPresent()
                && robot.lookup("#list-services .table-view").queryTableView().getItems().size() == 4);
        robot.interact(() -> robot.lookup("#list-services .table-view").queryTableView().getSelectionModel().clearAndSelect(0));
        FxWait.until(() -> app.vm.detailProperty().get() != null
                && app.vm.detailProperty().get().target().equals(new Target.ServiceTarget("prod", "web")));
        robot.interact(() -> app.vm.detailProperty().get().show(tab));
        FxWait.until(() -> robot.lookup("#section-" + section + " .table-view").tryQuery().isPresent());
    }

    private static TableCell<?, ?> cell(FxRobot robot, String section, String text) {
        return robot.lookup("#section-" + section + " .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> text.equals(c.getText())).findFirst().orElseThrow();
    }

    private static String clipboard(FxRobot robot) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> text.set(Clipboard.getSystemClipboard().getString()));
        return text.get();
    }

    private static void putInClipboard(FxRobot robot, String text) {
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
        });
    }

    @Test
    void aCutOffSecretReferenceShowsWholeInItsTooltipAndAShortCellHasNone(FxRobot robot) {
        showWebTab(robot, DetailTab.STORAGE, "secrets");
        TableView<?> secrets = robot.lookup("#section-secrets .table-view").queryTableView();
        // A column too narrow for its ARN, as in a small window.
        robot.interact(() -> secrets.getColumns().forEach(c -> c.setMaxWidth(c.getText().equals("Reference") ? 120 : 200)));
        FxWait.settle();
        TableCell<?, ?> reference = cell(robot, "secrets", DB_SECRET);
        assertThat(((Text) reference.lookup(".text")).getText()).as("the cell shows it cut off").endsWith("...");
        robot.moveTo(reference);
        FxWait.until(() -> reference.getTooltip() != null);
        assertThat(reference.getTooltip().getText()).isEqualTo(DB_SECRET);

        TableCell<?, ?> variable = cell(robot, "secrets", "DB_PASSWORD");
        robot.moveTo(variable);
        FxWait.settle();
        assertThat(variable.getTooltip()).as("nothing more to show").isNull();
    }

    @Test
    void aShortTaskIdShowsTheFullIdInItsTooltip(FxRobot robot) {
        showWebTab(robot, DetailTab.LOAD_BALANCING, "target-group-prod-web");
        List<Task> tasks = session.value("tasks/prod/web");
        String id = tasks.get(0).id();
        TableCell<?, ?> task = cell(robot, "target-group-prod-web", id.substring(0, 12));
        robot.moveTo(task);
        FxWait.until(() -> task.getTooltip() != null);
        assertThat(task.getTooltip().getText()).isEqualTo(id);
    }

    @Test
    void ctrlCCopiesTheSelectedRowsMainValueAndTheMenuTheClickedCell(FxRobot robot) {
        showWebTab(robot, DetailTab.STORAGE, "secrets");
        FxWait.settle();
        TableView<?> secrets = robot.lookup("#section-secrets .table-view").queryTableView();
        putInClipboard(robot, "before");
        robot.interact(() -> {
            secrets.requestFocus();
            secrets.getSelectionModel().clearAndSelect(0);
        });
        robot.push(KeyCode.CONTROL, KeyCode.C);
        FxWait.until(() -> DB_SECRET.equals(clipboard(robot)));
        assertThat(stage.isShowing()).as("ctrl-c in a table copies, it does not quit").isTrue();

        openContextMenu(robot, cell(robot, "secrets", "DB_PASSWORD"));
        MenuItem copyCell = secrets.getContextMenu().getItems().stream().filter(i -> "copy-cell".equals(i.getId()))
                .findFirst().orElseThrow();
        FxWait.until(() -> secrets.getContextMenu().isShowing());
        assertThat(copyCell.getText()).isEqualTo("Copy Variable");
        assertThat(secrets.getContextMenu().getItems()).extracting(MenuItem::getText)
                .containsExactly("Copy Variable", "Copy Reference  (ctrl-c)");
        robot.clickOn("Copy Variable");
        FxWait.until(() -> "DB_PASSWORD".equals(clipboard(robot)));
    }

    /** What a right click asks for (Monocle's robot does not turn its clicks into menu requests). */
    private static void openContextMenu(FxRobot robot, TableCell<?, ?> cell) {
        robot.interact(() -> {
            javafx.geometry.Bounds b = cell.localToScene(cell.getBoundsInLocal());
            javafx.geometry.Point2D screen = cell.localToScreen(b.getWidth() / 2, b.getHeight() / 2);
            javafx.event.Event.fireEvent(cell, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, b.getCenterX(), b.getCenterY(), screen.getX(),
                    screen.getY(), false, new javafx.scene.input.PickResult(cell, b.getCenterX(), b.getCenterY())));
        });
    }

    @Test
    void ctrlCInTheTasksListCopiesTheWholeTaskId(FxRobot robot) {
        FxWait.until(() -> app.vm.pageProperty().get() != null);
        robot.interact(() -> app.vm.go(new Place(PageKind.TASKS, "prod", "web")));
        FxWait.until(() -> robot.lookup("#list-tasks .table-view").tryQuery().isPresent()
                && robot.lookup("#list-tasks .table-view").queryTableView().getItems().size() == 3);
        TableView<?> tasks = robot.lookup("#list-tasks .table-view").queryTableView();
        robot.interact(() -> {
            tasks.requestFocus();
            tasks.getSelectionModel().clearAndSelect(1);
        });
        String id = ((Task) tasks.getSelectionModel().getSelectedItem()).id();
        robot.push(KeyCode.CONTROL, KeyCode.C);
        FxWait.until(() -> id.equals(clipboard(robot)));
        assertThat(id).hasSizeGreaterThan(12);
    }

    @Test
    void ctrlCOutsideATableNeverClosesTheWindowAndCtrlQDoes(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#navigator").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#navigator").query().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.C);
        FxWait.settle();
        assertThat(stage.isShowing()).as("ctrl-c in the navigator").isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        FxWait.until(() -> !stage.isShowing());
    }
}
