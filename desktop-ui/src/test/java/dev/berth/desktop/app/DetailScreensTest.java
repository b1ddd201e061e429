package dev.berth.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.model.LogLine;
import dev.berth.core.model.Severity;
import dev.berth.core.triage.Finding;
import dev.berth.core.triage.FindingKind;
import dev.berth.desktop.detail.DetailTab;
import dev.berth.desktop.detail.Target;
import dev.berth.desktop.logs.LogLinesView;
import dev.berth.desktop.services.ServiceItem;
import dev.berth.desktop.testing.FakeSession;
import dev.berth.desktop.testing.Fixtures;
import dev.berth.desktop.testing.FxApp;
import dev.berth.desktop.testing.FxWait;
import dev.berth.desktop.testing.Screenshots;
import dev.berth.desktop.testing.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The detail tabs, the logs at scale, metrics and triage, driven like an operator would. */
@ExtendWith(ApplicationExtension.class)
class DetailScreensTest {
    private final FakeSession session = FakeSession.sandbox();
    private final TestClock clock = new TestClock();
    private FxApp app;

    @Start
    void start(Stage stage) {
        Fixtures.populate(session);
        app = FxApp.show(stage, session, clock);
    }

    @SuppressWarnings("unchecked")
    private TableView<ServiceItem> services(FxRobot robot) {
        return robot.lookup("#list-services .table-view").queryAs(TableView.class);
    }

    private void selectService(FxRobot robot, int row) {
        FxWait.until(() -> robot.lookup("#list-services").tryQuery().isPresent() && services(robot).getItems().size() == 4);
        robot.interact(() -> {
            services(robot).requestFocus();
            services(robot).getSelectionModel().clearAndSelect(row);
        });
        FxWait.until(() -> app.vm.detailProperty().get() != null);
    }

    private LogLinesView logLines(FxRobot robot) {
        return robot.lookup("#log-lines").queryAs(LogLinesView.class);
    }

    @Test
    void logsOfAServiceAreMergedLabelledSearchableAndOpenTheirTask(FxRobot robot) throws Exception {
        selectService(robot, 0);
        robot.write("l");
        FxWait.until(() -> robot.lookup("#log-lines").tryQuery().isPresent());
        assertThat(session.lastTail().query().service()).isEqualTo("web");
        assertThat(session.lastTail().query().taskId()).as("a service's logs are merged").isNull();
        long start = Instant.now().toEpochMilli() - 60_000;
        session.lastTail().emit(Fixtures.lines(400, start));
        FxWait.until(() -> logLines(robot).getItems().size() == 400);
        robot.interact(() -> {
            robot.lookup("#log-search").queryTextInputControl().setText("timeout");
            robot.lookup("#log-search").queryTextInputControl().requestFocus();
        });
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> logLines(robot).selectedIndexProperty().get() == 50);
        assertThat(session.lastTail().paused()).as("jumping to a match stops following").isTrue();
        robot.interact(() -> logLines(robot).requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        String copied = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(copied).as("ctrl-c in the log copies the selected line").isEqualTo(logLines(robot).getItems().get(50).message());
        FxWait.until(() -> !robot.lookup(".log-hit").queryAll().isEmpty());
        assertThat(robot.lookup(".log-line").queryAll()).as("errors are red")
                .anyMatch(n -> ((javafx.scene.Node) n).getPseudoClassStates().contains(dev.berth.desktop.fx.Tone.BAD.pseudoClass()));
        Screenshots.save(app.view.getScene(), "service-logs");

        Hyperlink task = robot.lookup(".log-task").match(Node::isVisible).queryAs(Hyperlink.class);
        String taskLabel = task.getText();
        robot.interact(task::fire);
        FxWait.until(() -> app.vm.pageProperty().get().place().kind() == PageKind.TASKS);
        assertThat(((Target.TaskTarget) app.vm.detailProperty().get().target()).taskId()).startsWith(taskLabel);
    }

    @Test
    void aHundredThousandLinesStayVirtualisedAndFollowShowsTheNewest(FxRobot robot) {
        selectService(robot, 0);
        robot.write("l");
        FxWait.until(() -> robot.lookup("#log-lines").tryQuery().isPresent());
        List<LogLine> lines = Fixtures.lines(100_000, 0);
        for (int i = 0; i < lines.size(); i += 5_000) {
            session.lastTail().emit(lines.subList(i, i + 5_000));
        }
        FxWait.until(() -> logLines(robot).getItems().size() == 100_000);
        FxWait.settle();
        int cells = robot.lookup("#log-lines .log-line").queryAll().size();
        assertThat(cells).as("only the visible rows have cells").isLessThan(100);
        assertThat(robot.lookup("#log-lines .log-text").queryAll().stream()
                .map(n -> ((javafx.scene.text.Text) n).getText()).anyMatch(t -> t.contains("/api/orders/999")))
                .as("following shows the newest lines").isTrue();

        robot.interact(() -> logLines(robot).requestFocus());
        robot.write("f");
        FxWait.until(() -> session.lastTail().paused());
        session.lastTail().emit(Fixtures.lines(10, 2_000_000));
        FxWait.until(() -> logLines(robot).getItems().size() == 100_000);
        assertThat(logLines(robot).getItems().get(0).timestamp()).as("oldest dropped at the bound").isEqualTo(100L);
    }

    @Test
    void sinceKeysRestartTheTail(FxRobot robot) {
        selectService(robot, 0);
        robot.write("l");
        FxWait.until(() -> robot.lookup("#log-lines").tryQuery().isPresent());
        robot.interact(() -> logLines(robot).requestFocus());
        robot.write("5");
        FxWait.until(() -> session.tails().size() == 2);
        assertThat(session.lastTail().query().since()).isEqualTo(java.time.Duration.ofHours(1));
    }

    @Test
    void enterInTheTasksTabOpensThatTaskInItsList(FxRobot robot) {
        selectService(robot, 0);
        robot.interact(() -> app.vm.detailProperty().get().show(DetailTab.TASKS));
        FxWait.until(() -> robot.lookup("#detail #list-tasks .table-view").tryQuery().isPresent()
                && robot.lookup("#detail #list-tasks .table-view").queryTableView().getItems().size() == 3);
        TableView<?> tasks = robot.lookup("#detail #list-tasks .table-view").queryTableView();
        robot.interact(() -> {
            tasks.requestFocus();
            tasks.getSelectionModel().clearAndSelect(1);
        });
        String id = ((dev.berth.core.model.Task) tasks.getSelectionModel().getSelectedItem()).id();
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> app.vm.pageProperty().get().place().kind() == PageKind.TASKS
                && app.vm.detailProperty().get() != null && app.vm.detailProperty().get().target() instanceof Target.TaskTarget t
                && t.taskId().equals(id));
    }

    @Test
    void theNextServiceKeepsTheDetailsTabsAndShowsOnlyItsOwnRows(FxRobot robot) {
        selectService(robot, 0);
        robot.interact(() -> app.vm.detailProperty().get().show(DetailTab.TASKS));
        FxWait.until(() -> robot.lookup("#detail #list-tasks .table-view").tryQuery().isPresent()
                && robot.lookup("#detail #list-tasks .table-view").queryTableView().getItems().size() == 3);
        var detail = app.view.detailView();
        var tabs = List.copyOf(detail.tabs().getTabs());
        Node tasksContent = detail.tabs().getSelectionModel().getSelectedItem().getContent();
        List<String> web = taskIds(robot);

        robot.interact(() -> services(robot).getSelectionModel().clearAndSelect(1));
        FxWait.until(() -> robot.lookup("#detail-title").queryLabeled().getText().startsWith("Service worker")
                && taskIds(robot).contains("9f8e7d6c5b4a3921"));
        assertThat(app.view.detailView()).as("the detail is not rebuilt").isSameAs(detail);
        assertThat(detail.tabs().getTabs()).containsExactlyElementsOf(tabs);
        assertThat(detail.tabs().getSelectionModel().getSelectedItem().getContent()).isSameAs(tasksContent);
        assertThat(taskIds(robot)).hasSize(3).doesNotContainAnyElementsOf(web);
        assertThat(tabs).filteredOn(t -> t.getContent() != null).as("tabs never shown are never built")
                .extracting(javafx.scene.control.Tab::getId).containsExactlyInAnyOrder("tab-overview", "tab-tasks");
    }

    private static List<String> taskIds(FxRobot robot) {
        return robot.lookup("#detail #list-tasks .table-view").queryTableView().getItems().stream()
                .map(t -> ((dev.berth.core.model.Task) t).id()).toList();
    }

    @Test
    void metricsChartCpuAndMemoryWithDeploymentsMarked(FxRobot robot) {
        selectService(robot, 0);
        robot.write("m");
        FxWait.until(() -> robot.lookup(".metric-chart").queryAll().size() == 2);
        FxWait.until(() -> !robot.lookup(".deployment-marker").queryAll().isEmpty());
        assertThat(robot.lookup(".metric-chart").queryAllAs(LineChart.class))
                .allSatisfy(c -> assertThat(((LineChart<?, ?>) c).getData().get(0).getData()).isNotEmpty());
        Screenshots.save(app.view.getScene(), "metrics");
        robot.clickOn("#window-24h");
        FxWait.until(() -> session.metricsRequests().stream().anyMatch(r -> r.window().toHours() == 24));
    }

    @Test
    void eventsTimelineTaskDefinitionDiffAndJson(FxRobot robot) {
        selectService(robot, 0);
        robot.write("e");
        FxWait.until(() -> robot.lookup("#timeline").tryQuery().isPresent()
                && robot.lookup("#timeline").queryListView().getItems().size() == 3);
        robot.interact(() -> app.vm.detailProperty().get().show(DetailTab.TASK_DEFINITION));
        // The diff arrives from the io scheduler; its cells a pulse later.
        FxWait.until(() -> robot.lookup("#taskdef-diff").tryQuery().isPresent()
                && !robot.lookup("#taskdef-diff .diff-added").queryAll().isEmpty());
        Screenshots.save(app.view.getScene(), "taskdef-diff");
        robot.write("y");
        FxWait.until(() -> robot.lookup("#json").tryQuery().isPresent());
        assertThat(robot.lookup("#json").queryAs(TextArea.class).getText()).contains("\"name\" : \"web\"");
    }

    @Test
    void triageListsFindingsOpensEvidenceAndNewOnesPopUp(FxRobot robot) {
        FxWait.until(() -> services(robot).getItems().size() == 4);
        robot.interact(() -> services(robot).requestFocus());
        robot.write("t");
        FxWait.until(() -> robot.lookup("#findings").tryQuery().isPresent()
                && robot.lookup("#findings").queryListView().getItems().size() == 3);
        Screenshots.save(app.view.getScene(), "triage");

        clock.advance(java.time.Duration.ofMinutes(1));
        List<Finding> now = new ArrayList<>(app.vm.triageProperty().get().findings());
        now.add(new Finding("image:prod/api", FindingKind.IMAGE_PULL_FAILED, Severity.ERROR, "prod", "api", null,
                "api cannot pull its image", Instant.now(), List.of("CannotPullContainerError: pull access denied")));
        session.push("triage/null", now);
        FxWait.until(() -> Window.getWindows().stream().anyMatch(w -> w instanceof javafx.stage.Popup && w.isShowing()));

        robot.interact(() -> robot.lookup("#findings").queryListView().requestFocus());
        robot.interact(() -> robot.lookup("#findings").queryListView().getSelectionModel().select(0));
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> app.vm.pageProperty().get().place().kind() == PageKind.TASKS);
        assertThat(app.vm.detailProperty().get().tabProperty().get()).isEqualTo(DetailTab.LOGS);
    }
}
