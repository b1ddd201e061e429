package dev.berth.desktop.fx;

import java.util.Objects;

/** How an exception reaches the screen: its first line only (details go to the log file). */
public final class Errors {
    private Errors() {
    }

    public static String oneLine(Throwable e) {
        String m = Objects.toString(e.getMessage(), e.getClass().getSimpleName());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
