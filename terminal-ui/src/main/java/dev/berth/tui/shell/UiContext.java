package dev.berth.tui.shell;

import dev.berth.core.Session;
import dev.berth.core.keymap.Keymap;
import dev.berth.tui.nav.Registry;
import dev.berth.tui.ui.Palette;
import io.reactivex.rxjava3.core.Scheduler;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What every panel needs: the session, the keymap, the palette, the UI thread as a scheduler
 * (the only way data reaches a view), a worker for rendering rows off the UI thread, a timer scheduler for debouncing, a clock for ages, where
 * the clipboard goes, where saved files land and the
 * status line panels report to.
 */
public record UiContext(Session session, Keymap keymap, Palette palette, Registry registry, Scheduler ui,
                        Scheduler work, Scheduler timer, Clock clock, Clipboard clipboard, Path saveDir, StatusLine status) {

    /** The same context on another session (after {@code :ctx} or {@code :region}). */
    public UiContext withSession(Session other) {
        return new UiContext(other, keymap, palette, registry, ui, work, timer, clock, clipboard, saveDir, status);
    }
}
