package dev.berth.tui.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Small text helpers for fixed-width screens: clipping, padding, ages and times. */
public final class Text {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Text() {
    }

    /** At most {@code width} characters; a cut ends in an ellipsis so it reads as cut. */
    public static String clip(String s, int width) {
        if (s == null || width <= 0) {
            return "";
        }
        s = s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        if (s.length() <= width) {
            return s;
        }
        return width == 1 ? "…" : s.substring(0, width - 1) + "…";
    }

    public static String padRight(String s, int width) {
        String c = clip(s, width);
        return c + " ".repeat(width - c.length());
    }

    public static String padLeft(String s, int width) {
        String c = clip(s, width);
        return " ".repeat(width - c.length()) + c;
    }

    /** "4s", "12m", "3h", "5d": how long ago, k9s style. */
    public static String age(Duration d) {
        if (d == null) {
            return "-";
        }
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m";
        }
        if (s < 86_400) {
            return (s / 3600) + "h";
        }
        return (s / 86_400) + "d";
    }

    /** Like {@link #age(Duration)}, but seconds in steps of five ("0s", "5s", "10s"). */
    public static String coarseAge(Duration d) {
        if (d == null) {
            return "-";
        }
        long s = Math.max(0, d.getSeconds());
        return s < 60 ? (s / 5 * 5) + "s" : age(d);
    }

    public static String age(Instant then, Instant now) {
        return then == null ? "-" : age(Duration.between(then, now));
    }

    public static String clock(Instant t) {
        return t == null ? "-" : CLOCK.format(t);
    }

    public static String dateTime(Instant t) {
        return t == null ? "-" : DATE_TIME.format(t);
    }

    public static String orDash(Object o) {
        return o == null || o.toString().isEmpty() ? "-" : o.toString();
    }
}
