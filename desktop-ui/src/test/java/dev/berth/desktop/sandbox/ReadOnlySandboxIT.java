package dev.berth.desktop.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.desktop.testing.FxApp;
import dev.berth.desktop.testing.FxWait;
import dev.berth.desktop.testing.SandboxSessions;
import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxOptions;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** In a read-only session the action keys say why they do nothing, and nothing reaches the sandbox. */
@ExtendWith(ApplicationExtension.class)
class ReadOnlySandboxIT {
    private static Sandbox sandbox;
    private static SandboxSessions sessions;
    private FxApp app;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        sessions = new SandboxSessions(sandbox);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        app = FxApp.show(stage, sessions.open(true));
    }

    @Test
    void actionKeysAreRefusedBeforeAnyCall(FxRobot robot) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> org.testfx.util.WaitForAsyncUtils.waitFor(
                org.testfx.util.WaitForAsyncUtils.asyncFx(() -> app.vm.pageProperty().get() != null
                        && !app.vm.pageProperty().get().list().rows().isEmpty())));
        assertThat(robot.lookup("#badge-read-only").queryAs(Label.class).isVisible()).isTrue();
        robot.interact(() -> {
            var t = robot.lookup("#list-services .table-view").queryTableView();
            t.requestFocus();
            t.getSelectionModel().select(0);
        });
        robot.write("s");
        robot.write("r");
        FxWait.until(() -> app.vm.noticeProperty().get() != null && app.vm.noticeProperty().get().startsWith("Read-only"));
        assertThat(app.vm.actionProperty().get()).isNull();
        assertThat(robot.lookup("#hints").queryAs(javafx.scene.layout.HBox.class).getChildren())
                .extracting(n -> ((Label) n).getText()).doesNotContain("scale", "redeploy");
        assertThat(sessions.audit()).doesNotContain("UpdateService");
    }
}
