package dev.berth.desktop.fx;

import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.schedulers.Schedulers;
import javafx.application.Platform;

/** The RxJava scheduler that runs on the JavaFX application thread; view models get it injected. */
public final class FxSchedulers {
    private static final Scheduler FX = Schedulers.from(Platform::runLater);

    private FxSchedulers() {
    }

    public static Scheduler fx() {
        return FX;
    }
}
