package dev.berth.tui.docs;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminal;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws what a Lanterna virtual terminal shows into an image, cell by cell, the way a dark-themed
 * terminal emulator would: colours, bold, reverse and underline. Needs only headless java.awt.
 */
public final class TerminalScreenshot {
    /** The terminal's own background and text colour, for {@link TextColor.ANSI#DEFAULT}. */
    public static final Color BACKGROUND = new Color(0x1E1E2E);
    public static final Color FOREGROUND = new Color(0xCDD6F4);
    /** The 16 ANSI colours, tuned for the dark background (Lanterna's own are VGA's, too dark). */
    private static final int[] ANSI = {
        0x45475A, 0xE06C75, 0x98C379, 0xE5C07B, 0x3B5B8C, 0xC678DD, 0x56B6C2, 0xBAC2DE,
        0x7F849C, 0xFF7B86, 0xA6E3A1, 0xF9E2AF, 0x89B4FA, 0xF5C2E7, 0x94E2D5, 0xFFFFFF,
    };
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final float POINTS = 15f;
    /** A terminal window's inner margin, so the first column does not touch the picture's edge. */
    public static final int MARGIN = 10;

    private final Font plain;
    private final Font bold;
    /** Java's logical font, which falls back across installed fonts for what the main one lacks (⟳). */
    private final Font fallback;
    private final int cellWidth;
    private final int cellHeight;
    private final int ascent;

    public TerminalScreenshot() {
        plain = monospace("DejaVuSansMono.ttf", Font.PLAIN);
        bold = monospace("DejaVuSansMono-Bold.ttf", Font.BOLD);
        fallback = new Font(Font.MONOSPACED, Font.PLAIN, Math.round(POINTS));
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        hints(g);
        FontMetrics metrics = g.getFontMetrics(plain);
        g.dispose();
        cellWidth = metrics.charWidth('M');
        ascent = metrics.getAscent();
        cellHeight = metrics.getAscent() + metrics.getDescent();
    }

    /** DejaVu Sans Mono from its file when the machine has it, so shots look alike everywhere; else Java's monospace. */
    private static Font monospace(String file, int style) {
        Path path = DEJAVU.resolve(file);
        if (Files.isRegularFile(path)) {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, path.toFile()).deriveFont(POINTS);
            } catch (FontFormatException | IOException e) {
                // an unreadable font file: the logical font below still draws every glyph
            }
        }
        return new Font(Font.MONOSPACED, Font.PLAIN, Math.round(POINTS));
    }

    /** The colour at a cell's top-left pixel, which a glyph never covers: the cell's background. */
    public Color background(BufferedImage image, int column, int row) {
        return new Color(image.getRGB(MARGIN + column * cellWidth, MARGIN + row * cellHeight));
    }

    public int cellWidth() {
        return cellWidth;
    }

    public int cellHeight() {
        return cellHeight;
    }

    /** The visible screen (not the scroll-back) as an image of columns × rows cells inside a {@link #MARGIN}. */
    public BufferedImage render(VirtualTerminal terminal) {
        TerminalSize size = terminal.getTerminalSize();
        BufferedImage image = new BufferedImage(size.getColumns() * cellWidth + 2 * MARGIN, size.getRows() * cellHeight + 2 * MARGIN,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        hints(g);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        for (int row = 0; row < size.getRows(); row++) {
            for (int column = 0; column < size.getColumns(); column++) {
                TextCharacter cell = terminal.getCharacter(column, row);
                if (cell != null) {
                    draw(g, cell, MARGIN + column * cellWidth, MARGIN + row * cellHeight);
                }
            }
        }
        g.dispose();
        return image;
    }

    public void write(BufferedImage image, Path png) {
        try {
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    }

    private void draw(Graphics2D g, TextCharacter cell, int x, int y) {
        Color fg = color(cell.getForegroundColor(), FOREGROUND);
        Color bg = color(cell.getBackgroundColor(), BACKGROUND);
        if (cell.isReversed()) {
            Color swap = fg;
            fg = bg;
            bg = swap;
        }
        int width = cell.isDoubleWidth() ? 2 * cellWidth : cellWidth;
        if (!bg.equals(BACKGROUND)) {
            g.setColor(bg);
            g.fillRect(x, y, width, cellHeight);
        }
        g.setColor(fg);
        String text = cell.getCharacterString();
        int codePoint = text.codePointAt(0);
        if (!drawBlock(g, codePoint, x, y) && !drawBraille(g, codePoint, x, y) && codePoint != ' ') {
            Font font = cell.isBold() ? bold : plain;
            if (!font.canDisplay(codePoint)) {
                font = fallback;
            }
            FontMetrics metrics = g.getFontMetrics(font);
            // a fallback glyph may be wider than the cell: centre it there rather than spill into the next one
            int offset = Math.max(0, (width - metrics.stringWidth(text)) / 2);
            g.setFont(font);
            g.drawString(text, x + offset, y + ascent);
        }
        if (cell.isUnderlined()) {
            g.fillRect(x, y + ascent + 1, width, 1);
        }
        if (cell.isCrossedOut()) {
            g.fillRect(x, y + cellHeight / 2, width, 1);
        }
    }

    /** ▁ to █ fill the cell from its bottom exactly, so sparkline bars line up whatever the font's metrics. */
    private boolean drawBlock(Graphics2D g, int codePoint, int x, int y) {
        if (codePoint < 0x2581 || codePoint > 0x2588) {
            return false;
        }
        int height = Math.round(cellHeight * (codePoint - 0x2580) / 8f);
        g.fillRect(x, y + cellHeight - height, cellWidth, height);
        return true;
    }

    /** Braille (the metrics charts) as dots on a 2×4 grid; DejaVu Sans Mono has no braille. */
    private boolean drawBraille(Graphics2D g, int codePoint, int x, int y) {
        if (codePoint < 0x2800 || codePoint > 0x28FF) {
            return false;
        }
        int bits = codePoint - 0x2800;
        // bit i of the pattern is dot i+1: dots 1-3 and 7 down the left column, 4-6 and 8 down the right
        int[] columns = {0, 0, 0, 1, 1, 1, 0, 1};
        int[] rows = {0, 1, 2, 0, 1, 2, 3, 3};
        int dot = Math.max(2, cellWidth / 4);
        for (int i = 0; i < 8; i++) {
            if ((bits & (1 << i)) != 0) {
                int cx = x + cellWidth * (1 + 2 * columns[i]) / 4;
                int cy = y + cellHeight * (1 + 2 * rows[i]) / 8;
                g.fillOval(cx - dot / 2, cy - dot / 2, dot, dot);
            }
        }
        return true;
    }

    /** A cell colour as the screen shows it; {@code DEFAULT} is the terminal's own. */
    static Color color(TextColor color, Color terminalDefault) {
        if (color == null || color == TextColor.ANSI.DEFAULT) {
            return terminalDefault;
        }
        if (color instanceof TextColor.ANSI ansi) {
            return new Color(ANSI[ansi.ordinal() < TextColor.ANSI.DEFAULT.ordinal() ? ansi.ordinal() : ansi.ordinal() - 1]);
        }
        for (int i = 0; i < ANSI.length; i++) {
            // indexed 0-15 are the ANSI colours again (Indexed has no getter for its index)
            if (color.equals(new TextColor.Indexed(i))) {
                return new Color(ANSI[i]);
            }
        }
        return new Color(color.getRed(), color.getGreen(), color.getBlue());
    }
}
