package dev.berth.desktop.testing;

import dev.berth.core.keymap.Keymap;
import dev.berth.desktop.app.MainView;
import dev.berth.desktop.app.MainViewModel;
import dev.berth.desktop.fx.FxSchedulers;
import dev.berth.desktop.fx.Theme;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.time.Clock;
import javafx.stage.Stage;

/** The real window on a fake (or sandbox-backed) session, shown on a TestFX stage. */
public final class FxApp {
    public final MainViewModel vm;
    public final MainView view;

    private FxApp(MainViewModel vm, MainView view) {
        this.vm = vm;
        this.view = view;
    }

    /** Builds the window on the FX thread (call from a TestFX {@code @Start} method). */
    public static FxApp show(Stage stage, dev.berth.core.Session session) {
        return show(stage, session, Clock.systemUTC());
    }

    public static FxApp show(Stage stage, dev.berth.core.Session session, Clock clock) {
        MainViewModel vm = new MainViewModel(Keymap.defaults(), o -> session, FxSchedulers.fx(), Schedulers.io(), clock);
        MainView view = new MainView(vm);
        stage.setScene(view.scene(Theme.LIGHT, 1360, 860));
        stage.setTitle("Berth");
        stage.show();
        vm.connect(dev.berth.core.context.ConnectOptions.defaults());
        return new FxApp(vm, view);
    }
}
