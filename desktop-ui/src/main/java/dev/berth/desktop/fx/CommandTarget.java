package dev.berth.desktop.fx;

import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.Scope;

/** A part of the window that handles keymap commands while it (or a child) has the focus. */
public interface CommandTarget {
    /** The keymap scope this part's keys are looked up in. */
    Scope scope();

    /** Runs the command if it means something here; false lets the window handle it. */
    boolean handle(Command command);
}
