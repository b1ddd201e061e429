package dev.berth.tui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ColorModeTest {
    @Test
    void noColorWinsOverEverything() {
        assertThat(ColorMode.detect(Map.of("NO_COLOR", "1", "COLORTERM", "truecolor", "TERM", "xterm-256color")))
                .isEqualTo(ColorMode.MONOCHROME);
    }

    @Test
    void colorTermAndTermPickTheDepth() {
        assertThat(ColorMode.detect(Map.of("COLORTERM", "truecolor", "TERM", "xterm"))).isEqualTo(ColorMode.TRUE_COLOR);
        assertThat(ColorMode.detect(Map.of("TERM", "tmux-256color"))).isEqualTo(ColorMode.INDEXED_256);
        assertThat(ColorMode.detect(Map.of("TERM", "xterm"))).isEqualTo(ColorMode.ANSI_16);
        assertThat(ColorMode.detect(Map.of("TERM", "dumb"))).isEqualTo(ColorMode.MONOCHROME);
        assertThat(ColorMode.detect(Map.of("NO_COLOR", "", "TERM", "screen"))).isEqualTo(ColorMode.ANSI_16);
    }

    @Test
    void monochromeUsesNoColoursButStillMarksBadAndSelected() {
        Palette mono = new Palette(ColorMode.MONOCHROME);
        for (Tone t : Tone.values()) {
            assertThat(mono.style(t).foreground()).isEqualTo(com.googlecode.lanterna.TextColor.ANSI.DEFAULT);
        }
        assertThat(mono.style(Tone.BAD).modifiers()).contains(com.googlecode.lanterna.SGR.BOLD);
        assertThat(mono.selected(Tone.NORMAL).modifiers()).contains(com.googlecode.lanterna.SGR.REVERSE);
        assertThat(new Palette(ColorMode.TRUE_COLOR).style(Tone.BAD).foreground())
                .isInstanceOf(com.googlecode.lanterna.TextColor.RGB.class);
        assertThat(new Palette(ColorMode.INDEXED_256).style(Tone.BAD).foreground())
                .isInstanceOf(com.googlecode.lanterna.TextColor.Indexed.class);
    }
}
