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
    boolean navigate(KeyChord chord);

    /** Commands the panel handles itself (sort, follow, wrap, ...); true when consumed. */
    boolean handle(Command command);

    /** Where Enter leads from here, if anywhere (else the shell describes the selection). */
    Optional<Place> open();

    /** What the selected row stands for, if the panel has rows. */
    Optional<Target> selection();

    /** Commands that work here now (for the hint bar and help), before read-only filtering. */
    List<Command> commands();

    /** How old the data on screen is ("3s"), "loading", or null when not applicable. */
    String age(Instant now);

    /** The last problem of this panel's data, as one line, or null. */
    String problem();

    boolean filterable();

    void filter(String text);

    String filterText();
}
