package dev.berth.tui.shell;

/** Where {@code c} (copy) sends text. */
public interface Clipboard {
    void copy(String text);
}
