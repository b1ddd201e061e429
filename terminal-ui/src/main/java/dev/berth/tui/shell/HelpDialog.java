package dev.berth.tui.shell;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.Keymap;
import dev.berth.core.keymap.Scope;
import dev.berth.tui.ui.LinesComponent;
import dev.berth.tui.ui.Palette;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Text;
import dev.berth.tui.ui.Tone;
import java.util.ArrayList;
import java.util.List;

/** {@code ?}: every key that works on this screen, from the keymap in force (overrides included). */
public final class HelpDialog extends BasicWindow {
    /** @param offered the commands the screen offers besides its scope's (a details page takes some list keys) */
    public HelpDialog(Keymap keymap, Scope scope, List<Command> offered, boolean readOnly, String screen, Palette palette,
                      TerminalSize size) {
        super(" help: " + screen + " ");
        setHints(List.of(Window.Hint.MODAL, Window.Hint.CENTERED));
        List<StyledLine> lines = lines(keymap, scope, offered, readOnly);
        int width = Math.min(size.getColumns() - 4, 150);
        int rows = size.getRows() - 4;
        if (lines.size() > rows) {
            lines = columns(lines, width, rows);
        }
        LinesComponent body = new LinesComponent(palette, 0).setLines(lines);
        body.setPreferredSize(new TerminalSize(width, Math.min(rows, lines.size())));
        setComponent(body);
    }

    /** The help text: one line per command, key then description; mutating keys marked. */
    public static List<StyledLine> lines(Keymap keymap, Scope scope, List<Command> offered, boolean readOnly) {
        List<StyledLine> out = new ArrayList<>();
        List<Command> all = new ArrayList<>(keymap.commands(scope, readOnly));
        offered.stream().filter(c -> !all.contains(c) && !(readOnly && c.mutating())).forEach(all::add);
        int keys = Math.max(8, all.stream().mapToInt(c -> keymap.chord(c).toString().length() + 2).max().orElse(8));
        for (Command c : all) {
            out.add(StyledLine.builder().add(" " + Text.padRight(keymap.chord(c).toString(), keys), Tone.ACCENT)
                    .add(c.description(), Tone.NORMAL)
                    .add(c.mutating() ? "  (asks first)" : "", Tone.WARN).build());
        }
        out.add(StyledLine.builder().add(" " + Text.padRight("↑↓ pg", keys), Tone.ACCENT).add("Move; j/k, g/G as in vi", Tone.NORMAL).build());
        if (readOnly) {
            out.add(StyledLine.of(" read-only: changes are disabled", Tone.WARN));
        }
        out.add(StyledLine.of(" Esc closes", Tone.DIM));
        return out;
    }

    /** Two columns side by side when one column is taller than the screen. */
    static List<StyledLine> columns(List<StyledLine> lines, int width, int rows) {
        int half = (lines.size() + 1) / 2;
        int colWidth = width / 2;
        List<StyledLine> out = new ArrayList<>();
        for (int i = 0; i < half; i++) {
            List<dev.berth.tui.ui.Span> spans = new ArrayList<>();
            StyledLine left = lines.get(i);
            int used = 0;
            for (dev.berth.tui.ui.Span sp : left.spans()) {
                String t = Text.clip(sp.text(), colWidth - 1 - used);
                spans.add(new dev.berth.tui.ui.Span(t, sp.tone()));
                used += t.length();
            }
            spans.add(dev.berth.tui.ui.Span.of(" ".repeat(Math.max(1, colWidth - used))));
            if (i + half < lines.size()) {
                spans.addAll(lines.get(i + half).spans());
            }
            out.add(new StyledLine(spans));
        }
        return out.subList(0, Math.min(out.size(), Math.max(rows, 1)));
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        close();
        return true;
    }
}
