package dev.berth.desktop.fx;

/** How a value should look: the status colours every list, badge and log line shares. */
public enum Tone {
    NEUTRAL, GOOD, INFO, WARN, BAD, MUTED;

    /** The style class the stylesheet colours, e.g. {@code tone-bad}. */
    public String styleClass() {
        return "tone-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static final java.util.List<String> ALL_CLASSES =
            java.util.Arrays.stream(values()).map(Tone::styleClass).toList();
}
