package dev.berth.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.BerthException;
import dev.berth.core.keymap.Keymap;
import dev.berth.desktop.fx.FxSchedulers;
import dev.berth.desktop.fx.Theme;
import dev.berth.desktop.testing.FxWait;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.time.Clock;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A session that cannot open shows one line in the window, not a dialog with a stack trace. */
@ExtendWith(ApplicationExtension.class)
class ErrorBannerTest {
    @Start
    void start(Stage stage) {
        MainViewModel vm = new MainViewModel(Keymap.defaults(), o -> {
            throw new BerthException("The config profile (ops) could not be found", new IllegalStateException("details"));
        }, FxSchedulers.fx(), Schedulers.io(), Clock.systemUTC());
        stage.setScene(new MainView(vm).scene(Theme.LIGHT, 1000, 700));
        stage.show();
        vm.connect(dev.berth.core.context.ConnectOptions.defaults());
    }

    @Test
    void theReasonShowsAsOneLineInTheWindow(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#error-banner").queryAs(javafx.scene.Node.class).isVisible());
        assertThat(robot.lookup("#error-banner-text").queryAs(Label.class).getText())
                .isEqualTo("The config profile (ops) could not be found");
        assertThat(robot.lookup("#header-data-age").queryAs(Label.class).getText()).isEqualTo("not connected");
        assertThat(Window.getWindows()).as("no extra dialog window").hasSize(1);
    }
}
