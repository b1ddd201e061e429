package dev.berth.desktop.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting on the FX thread for a condition, as TestFX tests need after asynchronous updates. */
public final class FxWait {
    private FxWait() {
    }

    /** Waits (up to 10 s) until the condition, evaluated on the FX thread, holds. */
    public static void until(Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(10)).until(() -> WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(condition)));
    }

    public static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }
}
