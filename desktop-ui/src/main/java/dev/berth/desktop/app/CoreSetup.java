package dev.berth.desktop.app;

import dev.berth.core.SessionFactory;
import dev.berth.core.keymap.Keymap;
import dev.berth.desktop.fx.Theme;

/**
 * The core's session factory and what config.yaml sets for the window (key overrides, theme).
 * TODO(#5): the core's AwsSessionFactory is not on this branch yet; until it is merged, sessions
 * fail with one line and the defaults apply.
 */
record CoreSetup(SessionFactory factory, Keymap keymap, Theme theme) {
    static CoreSetup load() {
        return new CoreSetup(SessionOpener.failing("This build has no AWS session implementation yet (the core is not merged)"),
                Keymap.defaults(), Theme.SYSTEM);
    }
}
