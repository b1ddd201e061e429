package dev.berth.tui.actions;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import dev.berth.core.keymap.KeyChord;
import dev.berth.tui.ui.Chords;
import dev.berth.tui.ui.LinesComponent;
import dev.berth.tui.ui.Palette;
import java.util.List;
import java.util.function.Consumer;

/** The modal window around an {@link ActionViewModel}: it only draws and forwards keys. */
public final class ActionDialog extends BasicWindow {
    private final ActionViewModel vm;
    private final LinesComponent body;
    private final Consumer<ActionViewModel> onClose;
    private final int width;
    private final int maxRows;

    public ActionDialog(ActionViewModel vm, Palette palette, TerminalSize screen, Consumer<ActionViewModel> onClose) {
        super(" " + vm.title() + " ");
        this.vm = vm;
        this.onClose = onClose;
        setHints(List.of(Window.Hint.MODAL, Window.Hint.CENTERED));
        this.width = Math.max(40, Math.min(100, screen.getColumns() - 6));
        this.maxRows = Math.max(6, screen.getRows() - 6);
        body = new LinesComponent(palette, 0);
        body.setContent(size -> vm.render(size.getColumns()));
        fit();
        setComponent(body);
    }

    /** As tall as its text, no taller than the screen allows. */
    private void fit() {
        body.setPreferredSize(new TerminalSize(width, Math.min(maxRows, vm.render(width).size())));
    }

    /** Called when the view model changed (on the UI thread). */
    public void refresh() {
        fit();
        body.invalidate();
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        KeyChord chord = Chords.of(key);
        if (chord == null) {
            return true;
        }
        if (!vm.key(chord)) {
            close();
            onClose.accept(vm);
        } else {
            refresh();
        }
        return true;
    }
}
