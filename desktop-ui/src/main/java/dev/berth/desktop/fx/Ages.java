package dev.berth.desktop.fx;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Short human texts for ages and times, as lists and the header show them ("12s", "3m", "2h"). */
public final class Ages {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DAY_CLOCK = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private Ages() {
    }

    public static String shortAge(Duration d) {
        if (d == null) {
            return "–";
        }
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m";
        }
        if (s < 86_400) {
            return (s / 3600) + "h" + (s % 3600 >= 60 ? (s % 3600) / 60 + "m" : "");
        }
        return (s / 86_400) + "d";
    }

    public static String since(Instant then, Instant now) {
        return then == null ? "–" : shortAge(Duration.between(then, now));
    }

    public static String clock(Instant t) {
        return t == null ? "–" : CLOCK.format(t);
    }

    public static String dayClock(Instant t) {
        return t == null ? "–" : DAY_CLOCK.format(t);
    }
}
