package dev.berth.tui.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class TerminalScreenshotTest {
    private final TerminalScreenshot screenshot = new TerminalScreenshot();
    private final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(6, 2));

    private void put(int column, int row, char c, TextColor fg, TextColor bg, SGR... modifiers) {
        terminal.setCursorPosition(column, row);
        terminal.resetColorAndSGR();
        terminal.setForegroundColor(fg);
        terminal.setBackgroundColor(bg);
        for (SGR modifier : modifiers) {
            terminal.enableSGR(modifier);
        }
        terminal.putCharacter(c);
    }

    /** The middle of a cell's bottom row of pixels. */
    private Color bottom(BufferedImage image, int column, int row) {
        return new Color(image.getRGB(TerminalScreenshot.MARGIN + column * screenshot.cellWidth() + screenshot.cellWidth() / 2,
                TerminalScreenshot.MARGIN + (row + 1) * screenshot.cellHeight() - 1));
    }

    @Test
    void imageIsTheGridOfCells() {
        BufferedImage image = screenshot.render(terminal);
        assertThat(image.getWidth()).isEqualTo(6 * screenshot.cellWidth() + 2 * TerminalScreenshot.MARGIN);
        assertThat(image.getHeight()).isEqualTo(2 * screenshot.cellHeight() + 2 * TerminalScreenshot.MARGIN);
        assertThat(screenshot.cellHeight()).isGreaterThan(screenshot.cellWidth());
        assertThat(screenshot.background(image, 5, 1)).isEqualTo(TerminalScreenshot.BACKGROUND);
    }

    @Test
    void cellsKeepTheirColours() {
        TextColor d = TextColor.ANSI.DEFAULT;
        put(0, 0, 'A', d, new TextColor.RGB(0xFF, 0xAF, 0x00));
        put(1, 0, 'B', d, TextColor.ANSI.BLUE);
        put(2, 0, 'C', d, d, SGR.REVERSE);
        put(3, 0, '█', new TextColor.Indexed(196), d);
        put(4, 0, '▁', new TextColor.Indexed(1), d);
        BufferedImage image = screenshot.render(terminal);
        assertThat(screenshot.background(image, 0, 0)).isEqualTo(new Color(0xFFAF00));
        assertThat(screenshot.background(image, 1, 0)).as("ANSI blue is the tuned one, not Lanterna's VGA blue")
                .isNotEqualTo(TextColor.ANSI.BLUE.toColor()).isNotEqualTo(TerminalScreenshot.BACKGROUND);
        assertThat(screenshot.background(image, 2, 0)).as("reverse video swaps the default colours").isEqualTo(TerminalScreenshot.FOREGROUND);
        assertThat(screenshot.background(image, 3, 0)).as("a full block fills its cell").isEqualTo(new Color(255, 0, 0));
        assertThat(bottom(image, 4, 0)).as("indexed 1 is ANSI red").isEqualTo(TerminalScreenshot.color(TextColor.ANSI.RED, Color.BLACK));
        assertThat(screenshot.background(image, 4, 0)).as("a one-eighth block leaves the top of its cell").isEqualTo(TerminalScreenshot.BACKGROUND);
    }

    @Test
    void brailleIsDrawnAsDots() {
        put(0, 1, '⣿', new TextColor.RGB(0x5F, 0xAF, 0xFF), TextColor.ANSI.DEFAULT);
        put(1, 1, '⠀', new TextColor.RGB(0x5F, 0xAF, 0xFF), TextColor.ANSI.DEFAULT);
        BufferedImage image = screenshot.render(terminal);
        assertThat(colouredPixels(image, 0, 1)).isGreaterThan(8);
        assertThat(colouredPixels(image, 1, 1)).as("the blank pattern").isZero();
    }

    private int colouredPixels(BufferedImage image, int column, int row) {
        int count = 0;
        int left = TerminalScreenshot.MARGIN + column * screenshot.cellWidth();
        int top = TerminalScreenshot.MARGIN + row * screenshot.cellHeight();
        for (int y = top; y < top + screenshot.cellHeight(); y++) {
            for (int x = left; x < left + screenshot.cellWidth(); x++) {
                count += image.getRGB(x, y) == TerminalScreenshot.BACKGROUND.getRGB() ? 0 : 1;
            }
        }
        return count;
    }
}
