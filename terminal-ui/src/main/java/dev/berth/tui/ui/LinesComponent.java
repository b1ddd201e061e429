package dev.berth.tui.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbstractComponent;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import java.util.List;
import java.util.function.Function;

/**
 * Draws toned lines into whatever area it gets. The content is asked for at draw time with the
 * area's size, so a view model can lay out exactly what fits (a log tail, a chart, a hint bar)
 * without the view ever holding more lines than the screen shows.
 */
public class LinesComponent extends AbstractComponent<LinesComponent> {
    private final Palette palette;
    private Function<TerminalSize, List<StyledLine>> content = size -> List.of();
    private int preferredRows;
    private TerminalSize lastSize = TerminalSize.ZERO;

    /** @param preferredRows rows asked of the layout; 0 means "whatever is left" */
    public LinesComponent(Palette palette, int preferredRows) {
        this.palette = palette;
        this.preferredRows = preferredRows;
    }

    public LinesComponent setContent(Function<TerminalSize, List<StyledLine>> content) {
        this.content = content;
        invalidate();
        return this;
    }

    public LinesComponent setLines(List<StyledLine> lines) {
        return setContent(size -> lines);
    }

    public void setPreferredRows(int rows) {
        if (rows != preferredRows) {
            preferredRows = rows;
            invalidate();
        }
    }

    /** The size of the last draw (zero before the first). */
    public TerminalSize lastSize() {
        return lastSize;
    }

    @Override
    protected ComponentRenderer<LinesComponent> createDefaultRenderer() {
        return new ComponentRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(LinesComponent component) {
                return new TerminalSize(1, Math.max(1, preferredRows));
            }

            @Override
            public void drawComponent(TextGUIGraphics graphics, LinesComponent component) {
                lastSize = graphics.getSize();
                List<StyledLine> lines = content.apply(lastSize);
                int width = lastSize.getColumns();
                int row = 0;
                for (; row < lines.size() && row < lastSize.getRows(); row++) {
                    drawLine(graphics, row, width, lines.get(row));
                }
                if (row < lastSize.getRows()) {
                    palette.style(Tone.NORMAL).applyTo(graphics);
                    graphics.fillRectangle(new TerminalPosition(0, row), new TerminalSize(width, lastSize.getRows() - row), ' ');
                }
            }
        };
    }

    private void drawLine(TextGUIGraphics g, int row, int width, StyledLine line) {
        int col = 0;
        for (Span span : line.spans()) {
            if (col >= width) {
                break;
            }
            String text = Text.clip(span.text(), width - col);
            (line.highlighted() ? palette.selected(span.tone()) : palette.style(span.tone())).applyTo(g);
            g.putString(col, row, text);
            col += text.length();
        }
        if (col < width) {
            (line.highlighted() ? palette.selected(Tone.NORMAL) : palette.style(Tone.NORMAL)).applyTo(g);
            g.putString(col, row, " ".repeat(width - col));
        }
    }
}
