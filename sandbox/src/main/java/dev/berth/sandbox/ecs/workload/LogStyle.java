package dev.berth.sandbox.ecs.workload;

import java.util.Locale;

/** What a container's log lines look like. */
public enum LogStyle {
    /** nginx combined access log lines. */
    ACCESS(1.0),
    /** One JSON object per line with a {@code level}, as Spring Boot or Node APIs write. */
    JSON(0.5),
    /** Plain timestamped text lines, as batch workers write. */
    TEXT(0.25),
    /** Writes nothing. */
    NONE(0);

    private final double linesPerSecond;

    LogStyle(double linesPerSecond) {
        this.linesPerSecond = linesPerSecond;
    }

    /** How many lines a container of this style prints per sandbox second, before the region's budget. */
    public double linesPerSecond() {
        return linesPerSecond;
    }

    /** The style from the {@code sandbox.logs} label, else guessed from the image: web servers write access logs. */
    public static LogStyle of(String label, String image) {
        if (label != null && !label.isBlank()) {
            try {
                return valueOf(label.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("sandbox.logs must be one of access, json, text, none; got '" + label + "'");
            }
        }
        String i = image == null ? "" : image.toLowerCase(Locale.ROOT);
        if (i.contains("nginx") || i.contains("httpd") || i.contains("envoy") || i.contains("/web")) {
            return ACCESS;
        }
        if (i.contains("worker") || i.contains("batch") || i.contains("etl") || i.contains("cron")) {
            return TEXT;
        }
        return JSON;
    }
}
