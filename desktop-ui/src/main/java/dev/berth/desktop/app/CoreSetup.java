package dev.berth.desktop.app;

import dev.berth.core.AwsSessionFactory;
import dev.berth.core.SessionFactory;
import dev.berth.core.keymap.Keymap;
import dev.berth.desktop.fx.Theme;

/**
 * The core's session factory and what config.yaml sets for the window (key overrides, theme). A bad
 * config.yaml fails here with the core's one line, which the window then shows.
 */
record CoreSetup(SessionFactory factory, Keymap keymap, Theme theme) {
    static CoreSetup load() {
        AwsSessionFactory aws = AwsSessionFactory.standard();
        return new CoreSetup(aws, Keymap.withOverrides(aws.config().keys()), Theme.of(aws.config().theme()));
    }
}
