package dev.berth.desktop.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.desktop.actions.ActionViewModel;
import dev.berth.desktop.app.PageKind;
import dev.berth.desktop.detail.DetailTab;
import dev.berth.desktop.detail.Target;
import dev.berth.desktop.services.ServiceItem;
import dev.berth.desktop.testing.FxApp;
import dev.berth.desktop.testing.FxWait;
import dev.berth.desktop.testing.SandboxSessions;
import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxOptions;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window on the real core and the demo sandbox (over HTTP, real SDK clients): lists fill, logs
 * stream, triage finds the demo's trouble, and an action reaches the sandbox and settles.
 */
@ExtendWith(ApplicationExtension.class)
class SandboxWindowIT {
    private static Sandbox sandbox;
    private static SandboxSessions sessions;
    private FxApp app;

    @BeforeAll
    static void startSandbox() {
        // Ten sandbox seconds per second: rollouts settle within the test's patience.
        sandbox = Sandbox.start(SandboxOptions.defaults().withSpeed(10));
        sessions = new SandboxSessions(sandbox);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        app = FxApp.show(stage, sessions.open(false));
    }

    private static void waitLong(java.util.concurrent.Callable<Boolean> c) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> org.testfx.util.WaitForAsyncUtils.waitFor(org.testfx.util.WaitForAsyncUtils.asyncFx(c)));
    }

    @SuppressWarnings("unchecked")
    private TableView<ServiceItem> services(FxRobot robot) {
        return robot.lookup("#list-services .table-view").queryAs(TableView.class);
    }

    private ServiceItem row(FxRobot robot, String name) {
        return services(robot).getItems().stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
    }

    private void openProdAndSelect(FxRobot robot, String service) {
        waitLong(() -> app.vm.pageProperty().get() != null);
        robot.interact(() -> app.vm.startAt("prod", service));
        try {
            waitLong(() -> app.vm.detailProperty().get() != null
                    && app.vm.detailProperty().get().target().equals(new Target.ServiceTarget("prod", service))
                    && app.vm.selectedService() != null);
        } catch (RuntimeException e) {
            throw new AssertionError("page " + app.vm.pageProperty().get().place() + ", selected "
                    + app.vm.pageProperty().get().list().selectedProperty().get() + ", detail "
                    + (app.vm.detailProperty().get() == null ? null : app.vm.detailProperty().get().target()), e);
        }
        robot.interact(() -> services(robot).requestFocus());
    }

    @Test
    void servicesFillWithCountsSparklinesAndTheAccount(FxRobot robot) {
        openProdAndSelect(robot, "web");
        waitLong(() -> row(robot, "web").running() == 3 && !row(robot, "web").cpu().isEmpty());
        waitLong(() -> "123456789012".equals(robot.lookup("#header-account").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#badge-sandbox").queryAs(Label.class).isVisible()).isTrue();
        waitLong(() -> app.vm.triageProperty().get().countProperty().get() > 0);
    }

    @Test
    void logsOfAServiceStreamFromItsTasks(FxRobot robot) {
        openProdAndSelect(robot, "web");
        robot.write("l");
        waitLong(() -> robot.lookup("#log-lines").tryQuery().isPresent()
                && robot.lookup("#log-lines").queryAs(dev.berth.desktop.logs.LogLinesView.class).getItems().size() > 5);
        assertThat(robot.lookup("#log-status").queryAs(Label.class).getText()).contains("lines");
        // Cells come a layout pulse after their items: wait for them rather than race them.
        waitLong(() -> !robot.lookup(".log-task").queryAll().isEmpty());
        assertThat(robot.lookup(".log-task").queryAll()).as("merged lines name their task").isNotEmpty();
    }

    @Test
    void triageFindsTheCrashLoopAndOpensItsEvidence(FxRobot robot) {
        waitLong(() -> app.vm.triageProperty().get() != null
                && app.vm.triageProperty().get().findings().stream().anyMatch(f -> "notifications-worker".equals(f.service())));
        robot.interact(() -> app.vm.go(dev.berth.desktop.app.Place.of(PageKind.TRIAGE)));
        waitLong(() -> robot.lookup("#findings").tryQuery().isPresent());
        robot.interact(() -> {
            var list = robot.lookup("#findings").queryListView();
            list.requestFocus();
            for (int i = 0; i < list.getItems().size(); i++) {
                if ("notifications-worker".equals(((dev.berth.core.triage.Finding) list.getItems().get(i)).service())) {
                    list.getSelectionModel().select(i);
                    return;
                }
            }
        });
        robot.type(KeyCode.ENTER);
        waitLong(() -> app.vm.pageProperty().get().place().kind() != PageKind.TRIAGE);
        assertThat(app.vm.pageProperty().get().place().cluster()).isEqualTo("prod");
        assertThat(app.vm.detailProperty().get()).isNotNull();
    }

    @Test
    void scalingReachesTheSandboxAndSettles(FxRobot robot) {
        openProdAndSelect(robot, "orders-api");
        robot.write("s");
        FxWait.until(() -> robot.lookup("#action-dialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#action-first").queryTextInputControl().setText("3"));
        robot.type(KeyCode.ENTER);
        waitLong(() -> app.vm.actionProperty().get().stageProperty().get() == ActionViewModel.Stage.CONFIRM);
        assertThat(app.vm.actionProperty().get().changes()).isNotEmpty();
        assertThat(sessions.audit()).doesNotContain("orders-api");
        robot.type(KeyCode.ENTER);
        waitLong(() -> app.vm.actionProperty().get().stageProperty().get() == ActionViewModel.Stage.SETTLED);
        assertThat(sessions.audit()).contains("UpdateService").contains("orders-api");
        waitLong(() -> row(robot, "orders-api").running() == 3);
    }

    @Test
    void metricsAndTheTaskDefinitionOfAService(FxRobot robot) {
        openProdAndSelect(robot, "web");
        robot.write("m");
        waitLong(() -> robot.lookup(".metric-chart").queryAll().size() == 2
                && !app.vm.detailProperty().get().metrics().cpuProperty().get().isEmpty());
        robot.interact(() -> app.vm.detailProperty().get().show(DetailTab.TASK_DEFINITION));
        waitLong(() -> robot.lookup("#taskdef-summary").tryQuery().isPresent()
                && robot.lookup("#taskdef-summary").queryAs(Label.class).getText().startsWith("web:"));
    }
}
