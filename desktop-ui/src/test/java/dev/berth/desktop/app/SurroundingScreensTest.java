package dev.berth.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.SecretNames;
import dev.berth.core.model.Severity;
import dev.berth.core.model.Task;
import dev.berth.core.triage.Finding;
import dev.berth.core.triage.FindingKind;
import dev.berth.desktop.detail.DetailTab;
import dev.berth.desktop.detail.Target;
import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.services.ServiceItem;
import dev.berth.desktop.testing.FakeSession;
import dev.berth.desktop.testing.Fixtures;
import dev.berth.desktop.testing.FxApp;
import dev.berth.desktop.testing.FxWait;
import dev.berth.desktop.testing.Screenshots;
import dev.berth.desktop.testing.SurroundingFixtures;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The tabs and sections of what surrounds a service, in the real window on the scripted session. */
@ExtendWith(ApplicationExtension.class)
class SurroundingScreensTest {
    private final FakeSession session = FakeSession.sandbox();
    private FxApp app;

    @Start
    void start(Stage stage) {
        Fixtures.populate(session);
        SurroundingFixtures.populate(session);
        app = FxApp.show(stage, session);
    }

    @SuppressWarnings("unchecked")
    private TableView<ServiceItem> services(FxRobot robot) {
        return robot.lookup("#list-services .table-view").queryAs(TableView.class);
    }

    private void selectWeb(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#list-services").tryQuery().isPresent() && services(robot).getItems().size() == 4);
        robot.interact(() -> {
            services(robot).requestFocus();
            services(robot).getSelectionModel().clearAndSelect(0);
        });
        FxWait.until(() -> app.vm.detailProperty().get() != null
                && app.vm.detailProperty().get().target().equals(new Target.ServiceTarget("prod", "web")));
    }

    private void showTab(FxRobot robot, DetailTab tab) {
        robot.interact(() -> app.vm.detailProperty().get().show(tab));
    }

    /** The text cells of a section's table whose text satisfies the test. */
    private static List<TableCell<?, ?>> cells(FxRobot robot, String section, String text) {
        return robot.lookup("#section-" + section + " .table-cell").queryAllAs(TableCell.class).stream()
                .<TableCell<?, ?>>map(c -> c).filter(c -> text.equals(c.getText())).toList();
    }

    @Test
    void loadBalancingShowsEachTargetBesideItsTaskAndEnterOpensTheTask(FxRobot robot) {
        selectWeb(robot);
        showTab(robot, DetailTab.LOAD_BALANCING);
        FxWait.until(() -> robot.lookup("#section-target-group-prod-web .table-view").tryQuery().isPresent());
        TableView<?> targets = robot.lookup("#section-target-group-prod-web .table-view").queryTableView();
        assertThat(targets.getItems()).hasSize(3);
        assertThat(robot.lookup("#section-target-group-prod-web .section-title").queryAs(Label.class).getText())
                .isEqualTo("Target group prod-web  ·  2 of 3 healthy");
        List<TableCell<?, ?>> reason = cells(robot, "target-group-prod-web", "Target.ResponseCodeMismatch");
        assertThat(reason).singleElement().satisfies(c ->
                assertThat(c.getPseudoClassStates()).contains(Tone.BAD.pseudoClass()));
        List<Task> tasks = session.value("tasks/prod/web");
        Task behind = tasks.get(2);
        TableRow<?> row = reason.get(0).getTableRow();
        assertThat(cells(robot, "target-group-prod-web", behind.id().substring(0, 12))).singleElement()
                .satisfies(c -> assertThat(c.getTableRow()).isSameAs(row));

        robot.interact(() -> {
            targets.requestFocus();
            targets.getSelectionModel().clearAndSelect(row.getIndex());
        });
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> app.vm.pageProperty().get().place().kind() == PageKind.TASKS
                && app.vm.detailProperty().get() != null && app.vm.detailProperty().get().target() instanceof Target.TaskTarget t
                && t.taskId().equals(behind.id()));
        // The task's overview names its target and why it fails.
        FxWait.until(() -> robot.lookup("#section-task-targets").tryQuery().isPresent());
        assertThat(cells(robot, "task-targets", "Target.ResponseCodeMismatch")).hasSize(1);
    }

    @Test
    void storageMasksSecretLookingValuesUntilRevealedAndHidesThemAgainOnLeavingTheTab(FxRobot robot) {
        selectWeb(robot);
        showTab(robot, DetailTab.STORAGE);
        FxWait.until(() -> !cells(robot, "environment", SecretNames.MASK).isEmpty());
        assertThat(cells(robot, "environment", SurroundingFixtures.TOKEN)).isEmpty();
        assertThat(cells(robot, "secrets", "Secrets Manager")).hasSize(1);
        assertThat(cells(robot, "volumes", "EFS")).hasSize(1);

        robot.clickOn("#reveal");
        FxWait.until(() -> cells(robot, "environment", SurroundingFixtures.TOKEN).size() == 1);
        assertThat(cells(robot, "environment", SurroundingFixtures.TOKEN).get(0).getPseudoClassStates())
                .as("a revealed secret stands out").contains(Tone.WARN.pseudoClass());

        showTab(robot, DetailTab.OVERVIEW);
        showTab(robot, DetailTab.STORAGE);
        FxWait.until(() -> cells(robot, "environment", SecretNames.MASK).size() == 1);
        assertThat(robot.lookup("#reveal").queryAs(ToggleButton.class).isSelected()).isFalse();
    }

    @Test
    void theOverviewPutsTheFiringAlarmFirstInRed(FxRobot robot) {
        selectWeb(robot);
        FxWait.until(() -> robot.lookup("#section-alarms .table-view").tryQuery().isPresent());
        Node first = robot.lookup("#overview .sections").queryAs(VBox.class).getChildren().stream()
                .filter(n -> n.isVisible() && n.getId() != null).findFirst().orElseThrow();
        assertThat(first.getId()).isEqualTo("section-alarms");
        assertThat(robot.lookup("#section-alarms .section-title").queryAs(Label.class).getStyleClass()).contains("tone-bad");
        assertThat(cells(robot, "alarms", "ALARM")).singleElement()
                .satisfies(c -> assertThat(c.getPseudoClassStates()).contains(Tone.BAD.pseudoClass()));
        assertThat(cells(robot, "alarms", "OK")).singleElement()
                .satisfies(c -> assertThat(c.getPseudoClassStates()).contains(Tone.GOOD.pseudoClass()));
    }

    @Test
    void discoveryFlagsTheRecordOfATaskThatIsGone(FxRobot robot) {
        selectWeb(robot);
        showTab(robot, DetailTab.DISCOVERY);
        FxWait.until(() -> robot.lookup("#section-registry-web .table-view").tryQuery().isPresent());
        assertThat(robot.lookup("#section-registry-web .section-title").queryAs(Label.class).getText())
                .isEqualTo("Cloud Map web.prod.internal  ·  3 of 4 instances serve a running task");
        assertThat(cells(robot, "registry-web", "NOT RUNNING: DNS still answers with its address")).singleElement()
                .satisfies(c -> assertThat(c.getPseudoClassStates()).contains(Tone.BAD.pseudoClass()));
    }

    @Test
    void thePaletteNamesTheTabsNoKeyOpens(FxRobot robot) {
        selectWeb(robot);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup("#palette-field").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#palette-field").queryTextInputControl().setText(":cost"));
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> app.vm.detailProperty().get().tabProperty().get() == DetailTab.COST);
        FxWait.until(() -> robot.lookup("#section-estimate").tryQuery().isPresent());
        assertThat(robot.lookup("#section-estimate .section-title").queryAs(Label.class).getText())
                .isEqualTo("Monthly estimate  ·  $20.87");
    }

    @Test
    void findingsAboutSurroundingsNameTheirKindAndOpenTheirTab(FxRobot robot) {
        FxWait.until(() -> app.vm.pageProperty().get() != null);
        List<Task> tasks = session.value("tasks/prod/web");
        session.push("triage/null", List.of(
                new Finding("targets-unhealthy:prod/web", FindingKind.TARGETS_UNHEALTHY, Severity.ERROR, "prod", "web",
                        tasks.get(2).id(), "web: 1 of 3 targets unhealthy in prod-web", Instant.now().minusSeconds(90),
                        List.of("10.0.1.7:8080 in prod-web unhealthy (Target.ResponseCodeMismatch: Health checks failed with "
                                + "these codes: [502]), task " + tasks.get(2).id() + " RUNNING")),
                new Finding("agent-disconnected:prod/*", FindingKind.AGENT_DISCONNECTED, Severity.ERROR, "prod", null, null,
                        "prod: ECS agent disconnected on i-05e6f7a8b", Instant.now().minusSeconds(600),
                        List.of("i-05e6f7a8b in us-east-1b, agent 1.85.0: 3 running tasks last reported")),
                new Finding("discovery-record-stale:prod/web/" + SurroundingFixtures.GONE_TASK, FindingKind.DISCOVERY_RECORD_STALE,
                        Severity.ERROR, "prod", "web", SurroundingFixtures.GONE_TASK, "web: web.prod.internal still answers "
                        + "10.0.1.250 of task " + SurroundingFixtures.GONE_TASK + ", which is not running",
                        Instant.now().minusSeconds(420), List.of("web.prod.internal → 10.0.1.250 (HEALTHY): task "
                        + SurroundingFixtures.GONE_TASK + " is not in the task list")),
                new Finding("alarm-firing:prod/web/prod-web-cpu-high", FindingKind.ALARM_FIRING, Severity.ERROR, "prod", "web",
                        null, "web: alarm prod-web-cpu-high in ALARM (CPUUtilization > 85)", Instant.now().minusSeconds(240),
                        List.of("Threshold Crossed: 3 out of the last 3 datapoints were greater than the threshold (85.0).")),
                new Finding("spot-interrupted:prod/web", FindingKind.SPOT_INTERRUPTED, Severity.WARN, "prod", "web",
                        tasks.get(0).id(), "web: 1 task interrupted on Fargate Spot", Instant.now().minusSeconds(900),
                        List.of("task " + tasks.get(0).id().substring(0, 8) + " stopped: SpotInterruption: Your Spot Task was "
                                + "interrupted."))));
        robot.interact(() -> app.vm.go(Place.of(PageKind.TRIAGE)));
        FxWait.until(() -> robot.lookup("#findings").tryQuery().isPresent()
                && robot.lookup("#findings").queryListView().getItems().size() == 5);
        assertThat(robot.lookup("#findings .finding-kind").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("load balancer targets unhealthy", "ECS agent disconnected", "Cloud Map record points nowhere",
                        "CloudWatch alarm in ALARM", "Spot task interrupted");
        assertThat(robot.lookup("#findings .finding-icon").queryAllAs(FontIcon.class)).extracting(FontIcon::getIconCode)
                .contains(Material2AL.CALL_SPLIT, Material2AL.LINK_OFF, Material2AL.DNS, Material2MZ.NOTIFICATIONS_ACTIVE,
                        Material2AL.CLOUD_OFF);
        robot.interact(() -> robot.lookup("#findings").queryListView().getSelectionModel().select(indexOf(robot,
                FindingKind.TARGETS_UNHEALTHY)));
        // In place, the selected finding's evidence is its service's load balancing.
        FxWait.until(() -> app.vm.detailProperty().get() != null
                && app.vm.detailProperty().get().tabProperty().get() == DetailTab.LOAD_BALANCING
                && robot.lookup("#section-target-group-prod-web").tryQuery().isPresent());
        Screenshots.save(app.view.getScene(), "triage-surroundings");

        robot.interact(() -> {
            var list = robot.lookup("#findings").queryListView();
            list.requestFocus();
            list.getSelectionModel().select(indexOf(robot, FindingKind.AGENT_DISCONNECTED));
        });
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> app.vm.pageProperty().get().place().kind() == PageKind.INSTANCES
                && robot.lookup("#list-container-instances").tryQuery().isPresent());
        TableView<?> instances = robot.lookup("#list-container-instances .table-view").queryTableView();
        FxWait.until(() -> instances.getItems().size() == 2);
        assertThat(robot.lookup("#list-container-instances .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> "DISCONNECTED".equals(c.getText())).toList()).singleElement()
                .satisfies(c -> assertThat(c.getPseudoClassStates()).contains(Tone.BAD.pseudoClass()));
        assertThat(instances.getItems()).extracting(i -> ((ContainerInstance) i).agentConnected()).containsExactly(true, false);
    }

    private static int indexOf(FxRobot robot, FindingKind kind) {
        List<?> items = robot.lookup("#findings").queryListView().getItems();
        for (int i = 0; i < items.size(); i++) {
            if (((Finding) items.get(i)).kind() == kind) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " finding");
    }
}
