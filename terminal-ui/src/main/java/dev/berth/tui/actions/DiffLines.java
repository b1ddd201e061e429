package dev.berth.tui.actions;

import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Tone;
import java.util.ArrayList;
import java.util.List;

/** Colours a unified diff: additions green, removals red, hunk headers accented. */
public final class DiffLines {
    private DiffLines() {
    }

    /** At most {@code maxLines} lines; the rest is summarised so a dialog keeps its size. */
    public static List<StyledLine> style(String diff, int maxLines) {
        List<StyledLine> out = new ArrayList<>();
        List<String> lines = diff.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (out.size() == maxLines) {
                out.add(StyledLine.of("… " + (lines.size() - i) + " more diff lines (d on the revision shows all)", Tone.DIM));
                break;
            }
            out.add(line(lines.get(i)));
        }
        return out;
    }

    public static StyledLine line(String l) {
        if (l.startsWith("+++") || l.startsWith("---")) {
            return StyledLine.of(l, Tone.STRONG);
        }
        if (l.startsWith("@@")) {
            return StyledLine.of(l, Tone.ACCENT);
        }
        if (l.startsWith("+")) {
            return StyledLine.of(l, Tone.GOOD);
        }
        if (l.startsWith("-")) {
            return StyledLine.of(l, Tone.BAD);
        }
        return StyledLine.of(l, Tone.NORMAL);
    }
}
