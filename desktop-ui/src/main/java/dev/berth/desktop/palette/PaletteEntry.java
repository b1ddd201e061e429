package dev.berth.desktop.palette;

import java.util.function.Consumer;

/**
 * One thing the command palette can run: a {@code :command} or a keymap command, with its key
 * shown beside it. Entries that take an argument ({@code :region eu-west-1}) get the rest of the line.
 */
public record PaletteEntry(String name, String description, String chord, boolean takesArgument, Consumer<String> action) {
    public static PaletteEntry of(String name, String description, String chord, Runnable run) {
        return new PaletteEntry(name, description, chord, false, arg -> run.run());
    }

    public static PaletteEntry withArgument(String name, String description, Consumer<String> run) {
        return new PaletteEntry(name, description, "", true, run);
    }
}
