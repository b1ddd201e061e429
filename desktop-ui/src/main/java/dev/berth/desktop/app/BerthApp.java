package dev.berth.desktop.app;

import dev.berth.core.context.ConnectOptions;
import dev.berth.core.keymap.Keymap;
import dev.berth.desktop.DesktopLogging;
import dev.berth.desktop.DesktopOptions;
import dev.berth.desktop.fx.Errors;
import dev.berth.desktop.fx.FxSchedulers;
import dev.berth.desktop.fx.Theme;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The JavaFX application: shows the window at once (with "connecting…"), then opens the session
 * off the FX thread. Unexpected exceptions go to the log and appear as one line in the window.
 */
public final class BerthApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(BerthApp.class);
    /** With --exit-after-first-data: how long the window lives on after its first data (the rows' cells, the detail). */
    private static final javafx.util.Duration TRAINING_LINGER = javafx.util.Duration.seconds(2);

    private DesktopOptions options;
    private Theme theme;
    private Keymap keymap;
    private ConnectOptions first;
    private SessionOpener opener;
    private MainViewModel vm;

    /** Runs on the launcher thread: waits for what {@link EarlyStart} began before JavaFX started. */
    @Override
    public void init() {
        options = new DesktopOptions();
        new CommandLine(options).parseArgs(getParameters().getRaw().toArray(String[]::new));
        EarlyStart.Setup setup = EarlyStart.await(options);
        setup.opener().openedEarly(setup.first(), setup.session());
        opener = setup.opener();
        keymap = setup.keymap();
        theme = setup.theme();
        first = setup.first();
    }

    @Override
    public void start(Stage stage) {
        Path log = DesktopLogging.logFile();
        vm = new MainViewModel(keymap, opener, FxSchedulers.fx(), Schedulers.io(), Clock.systemUTC());
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            LOG.error("unexpected error on {}", t.getName(), e);
            Platform.runLater(() -> vm.errorProperty().set("Unexpected error: " + Errors.oneLine(e)
                    + " (details in " + log + ")"));
        });
        if (options.cluster() != null) {
            vm.sessionProperty().addListener((o, a, b) -> {
                if (b != null && a == null) {
                    vm.startAt(options.cluster(), options.service());
                }
            });
        }
        logFirstData();
        // Before the window is built: when the early session is ready, the session and the first page
        // are queued ahead of the window's first pulse, which then lays out the rows with the rest.
        vm.connect(first);
        MainView view = new MainView(vm);
        stage.setTitle("Berth" + (options.demo() ? " — demo sandbox" : ""));
        stage.setScene(view.scene(theme, 1360, 860));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.show();
        LOG.info("window shown {} ms after JVM start", sinceJvmStart());
    }

    /** Logs once when the first list shows rows: the launch benchmark reads this line. */
    private void logFirstData() {
        javafx.beans.value.ChangeListener<PageModel> first = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends PageModel> o, PageModel a, PageModel page) {
                if (page == null || page.list() == null) {
                    return;
                }
                vm.pageProperty().removeListener(this);
                page.list().rows().addListener(new javafx.collections.ListChangeListener<Object>() {
                    @Override
                    public void onChanged(Change<?> c) {
                        if (!page.list().rows().isEmpty()) {
                            page.list().rows().removeListener(this);
                            // After the next pulse the rows are painted, not just in the model.
                            Platform.runLater(() -> {
                                LOG.info("first data on screen {} ms after JVM start", sinceJvmStart());
                                if (options.exitAfterFirstData()) {
                                    javafx.animation.PauseTransition linger = new javafx.animation.PauseTransition(TRAINING_LINGER);
                                    linger.setOnFinished(e -> Platform.exit());
                                    linger.play();
                                }
                            });
                        }
                    }
                });
            }
        };
        vm.pageProperty().addListener(first);
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    @Override
    public void stop() {
        if (vm != null) {
            vm.dispose();
        }
        if (opener != null) {
            opener.close();
        }
    }
}
