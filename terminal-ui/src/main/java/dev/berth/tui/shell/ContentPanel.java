package dev.berth.tui.shell;

import com.googlecode.lanterna.gui2.Component;
import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.KeyChord;
import dev.berth.core.keymap.Scope;
import dev.berth.tui.nav.Place;
import dev.berth.tui.nav.Target;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The middle of the screen: a resource table, logs, metrics or a text view. The shell owns the
 * header, footer, prompts and dialogs; a panel owns its data subscription while it is on screen.
 */
public interface ContentPanel {
    Place place();

    Component component();

    /** Which keymap scope applies while this panel is shown. */
    Scope scope();

    /** Subscribe to the panel's slices (called when it comes on screen). */
    void start();

    /** Drop the subscriptions (called when it leaves the screen or the app closes). */
    void stop();

    /** Movement keys (arrows, pages, home/end); true when consumed. */
    default boolean navigate(KeyChord chord) {
        return false;
    }

    /** Commands the panel handles itself (sort, follow, wrap, ...); true when consumed. */
    default boolean handle(Command command) {
        return false;
    }

    /** Where Enter leads from here, if anywhere (else the shell describes the selection). */
    default Optional<Place> open() {
        return Optional.empty();
    }

    /** What the selected row stands for, if the panel has rows. */
    Optional<Target> selection();

    /** Commands that work here now (for the hint bar and help), before read-only filtering. */
    List<Command> commands();

    /** How old the data on screen is ("3s"), "loading", or null when not applicable. */
    default String age(Instant now) {
        return null;
    }

    /** The last problem of this panel's data, as one line, or null. */
    default String problem() {
        return null;
    }

    /** Whether {@code /} filters this panel; those that do override the three filter methods. */
    default boolean filterable() {
        return false;
    }

    default void filter(String text) {
        // nothing to filter
    }

    default String filterText() {
        return "";
    }
}
