package dev.berth.tui.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.StyleSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * Colours and text attributes per {@link Tone} for one {@link ColorMode}. Monochrome keeps every
 * distinction readable with bold, underline and reverse video alone.
 */
public final class Palette {
    /** How one tone is drawn. */
    public record Style(TextColor foreground, TextColor background, EnumSet<SGR> modifiers) {
        public void applyTo(StyleSet<?> target) {
            target.setForegroundColor(foreground);
            target.setBackgroundColor(background);
            target.setModifiers(modifiers.isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(modifiers));
        }
    }

    private final ColorMode mode;
    private final Map<Tone, Style> styles = new EnumMap<>(Tone.class);

    public Palette(ColorMode mode) {
        this.mode = mode;
        for (Tone t : Tone.values()) {
            styles.put(t, styleFor(mode, t));
        }
    }

    public ColorMode mode() {
        return mode;
    }

    public Style style(Tone tone) {
        return styles.get(tone);
    }

    /** The selection bar: reverse video everywhere, so it shows in monochrome too. */
    public Style selected(Tone tone) {
        Style base = styles.get(tone);
        if (mode == ColorMode.MONOCHROME) {
            return new Style(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, EnumSet.of(SGR.REVERSE));
        }
        TextColor fg = tone == Tone.NORMAL || tone == Tone.DIM ? color(mode, 0xFFFFFF, 231, TextColor.ANSI.WHITE_BRIGHT)
                : base.foreground();
        return new Style(fg, color(mode, 0x30507A, 24, TextColor.ANSI.BLUE), EnumSet.of(SGR.BOLD));
    }

    private static Style styleFor(ColorMode mode, Tone tone) {
        TextColor def = TextColor.ANSI.DEFAULT;
        if (mode == ColorMode.MONOCHROME) {
            return switch (tone) {
                case STRONG, HEADER, BAD -> new Style(def, def, EnumSet.of(SGR.BOLD));
                case WARN, ACCENT -> new Style(def, def, EnumSet.of(SGR.UNDERLINE));
                case BADGE_SANDBOX, BADGE_READ_ONLY, BADGE_THROTTLED, SELECTED -> new Style(def, def, EnumSet.of(SGR.REVERSE));
                default -> new Style(def, def, EnumSet.noneOf(SGR.class));
            };
        }
        return switch (tone) {
            case NORMAL -> new Style(def, def, EnumSet.noneOf(SGR.class));
            case DIM -> new Style(color(mode, 0x8A8A8A, 245, TextColor.ANSI.BLACK_BRIGHT), def, EnumSet.noneOf(SGR.class));
            case STRONG -> new Style(def, def, EnumSet.of(SGR.BOLD));
            case GOOD -> new Style(color(mode, 0x5FD75F, 77, TextColor.ANSI.GREEN), def, EnumSet.noneOf(SGR.class));
            case WARN -> new Style(color(mode, 0xFFAF00, 214, TextColor.ANSI.YELLOW), def, EnumSet.noneOf(SGR.class));
            case BAD -> new Style(color(mode, 0xFF5F5F, 203, TextColor.ANSI.RED_BRIGHT), def, EnumSet.of(SGR.BOLD));
            case ACCENT -> new Style(color(mode, 0x5FAFFF, 75, TextColor.ANSI.CYAN), def, EnumSet.noneOf(SGR.class));
            case HEADER -> new Style(color(mode, 0xFFD787, 222, TextColor.ANSI.YELLOW_BRIGHT), def, EnumSet.of(SGR.BOLD));
            case SELECTED -> new Style(color(mode, 0xFFFFFF, 231, TextColor.ANSI.WHITE_BRIGHT),
                    color(mode, 0x30507A, 24, TextColor.ANSI.BLUE), EnumSet.of(SGR.BOLD));
            case BADGE_SANDBOX -> new Style(color(mode, 0x000000, 16, TextColor.ANSI.BLACK),
                    color(mode, 0xFFAF00, 214, TextColor.ANSI.YELLOW), EnumSet.of(SGR.BOLD));
            case BADGE_READ_ONLY -> new Style(color(mode, 0x000000, 16, TextColor.ANSI.BLACK),
                    color(mode, 0x5FAFFF, 75, TextColor.ANSI.CYAN), EnumSet.of(SGR.BOLD));
            case BADGE_THROTTLED -> new Style(color(mode, 0xFFFFFF, 231, TextColor.ANSI.WHITE_BRIGHT),
                    color(mode, 0xAF0000, 124, TextColor.ANSI.RED), EnumSet.of(SGR.BOLD));
        };
    }

    private static TextColor color(ColorMode mode, int rgb, int index, TextColor.ANSI ansi) {
        return switch (mode) {
            case TRUE_COLOR -> new TextColor.RGB((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
            case INDEXED_256 -> new TextColor.Indexed(index);
            default -> ansi;
        };
    }
}
