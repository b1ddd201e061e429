package dev.berth.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.services.ServiceItem;
import dev.berth.desktop.testing.FakeSession;
import dev.berth.desktop.testing.Fixtures;
import dev.berth.desktop.testing.FxApp;
import dev.berth.desktop.testing.FxWait;
import dev.berth.desktop.testing.Screenshots;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final FakeSession session = FakeSession.sandbox();
    private FxApp app;

    @Start
    void start(Stage stage) {
        Fixtures.populate(session);
        app = FxApp.show(stage, session);
    }

    private void settle() {
        FxWait.settle();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> c) {
        FxWait.until(c);
    }

    @SuppressWarnings("unchecked")
    private TableView<ServiceItem> services(FxRobot robot) {
        return robot.lookup("#list-services .table-view").queryAs(TableView.class);
    }

    @Test
    void servicesListShowsTheClusterWithStatusColoursAndTheHeaderShowsTheContext(FxRobot robot) {
        waitFor(() -> robot.lookup("#list-services").tryQuery().isPresent() && services(robot).getItems().size() == 4);
        waitFor(() -> !robot.lookup(".sparkline").queryAll().isEmpty());
        settle();
        assertThat(robot.lookup(".table-cell").queryAll()).as("worker runs 1 of 3")
                .anyMatch(n -> ((javafx.scene.Node) n).getPseudoClassStates().contains(Tone.WARN.pseudoClass()));
        assertThat(robot.lookup("#badge-sandbox").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#badge-read-only").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#header-account").queryAs(Label.class).getText()).isEqualTo("123456789012");
        assertThat(robot.lookup("#triage-badge").queryAs(Label.class).getText()).isEqualTo("3");
        assertThat(session.visible("prod")).as("rows on screen reported to the core").contains("web", "worker", "api", "batch");
        robot.interact(() -> services(robot).getSelectionModel().select(1));
        settle();
        waitFor(() -> robot.lookup("#rollout-text").tryQuery().isPresent());
        Screenshots.save(app.view.getScene(), "services");
    }

    @Test
    void everythingWorksFromTheKeyboard(FxRobot robot) {
        waitFor(() -> services(robot).getItems().size() == 4);
        robot.interact(() -> services(robot).requestFocus());
        robot.type(KeyCode.DOWN);
        settle();
        assertThat(services(robot).getSelectionModel().getSelectedItem().name()).isEqualTo("worker");

        robot.type(KeyCode.ENTER);
        waitFor(() -> app.vm.pageProperty().get().place().equals(new Place(PageKind.TASKS, "prod", "worker")));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> app.vm.pageProperty().get().place().kind() == PageKind.SERVICES);

        robot.write("/");
        settle();
        assertThat(robot.lookup("#filter").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("api");
        waitFor(() -> services(robot).getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        settle();
        assertThat(services(robot).isFocused()).isTrue();

        robot.write("t");
        waitFor(() -> app.vm.pageProperty().get().place().kind() == PageKind.TRIAGE);
    }

    @Test
    void theCommandPaletteOpensWithColonOrCtrlShiftPAndRunsCommands(FxRobot robot) {
        waitFor(() -> services(robot).getItems().size() == 4);
        robot.interact(() -> services(robot).requestFocus());
        robot.write(":");
        waitFor(() -> robot.lookup("#palette").tryQuery().isPresent());
        robot.write("instances");
        robot.type(KeyCode.ENTER);
        waitFor(() -> app.vm.pageProperty().get().place().kind() == PageKind.INSTANCES);
        assertThat(robot.lookup("#palette").tryQuery()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#palette").tryQuery().isPresent());
        Screenshots.save(app.view.getScene(), "palette");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#palette").tryQuery().isEmpty());
    }

    @Test
    void helpListsTheKeysOfTheKeymap(FxRobot robot) {
        waitFor(() -> services(robot).getItems().size() == 4);
        robot.interact(() -> services(robot).requestFocus());
        robot.write("?");
        waitFor(() -> robot.lookup("#help").tryQuery().isPresent());
        assertThat(robot.lookup("#help .keycap").queryAll()).extracting(n -> ((Label) n).getText())
                .contains("ctrl-k", "s", ":", "/");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#help").tryQuery().isEmpty());
    }
}
