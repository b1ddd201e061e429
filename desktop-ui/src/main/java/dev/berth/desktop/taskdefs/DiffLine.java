package dev.berth.desktop.taskdefs;

import java.util.Arrays;
import java.util.List;

/** One line of a unified diff, with what kind of line it is so the view can colour it. */
public record DiffLine(Kind kind, String text) {
    /** Added, removed, unchanged context, or a header/hunk line. */
    public enum Kind { ADDED, REMOVED, CONTEXT, HEADER }

    /** Reads a unified diff as produced by {@code diff -u} (or the core's previews). */
    public static List<DiffLine> parse(String unified) {
        if (unified == null || unified.isBlank()) {
            return List.of();
        }
        return Arrays.stream(unified.split("\n", -1)).filter(l -> !l.isEmpty()).map(DiffLine::of).toList();
    }

    static DiffLine of(String line) {
        if (line.startsWith("+++") || line.startsWith("---") || line.startsWith("@@")) {
            return new DiffLine(Kind.HEADER, line);
        }
        if (line.startsWith("+")) {
            return new DiffLine(Kind.ADDED, line);
        }
        if (line.startsWith("-")) {
            return new DiffLine(Kind.REMOVED, line);
        }
        return new DiffLine(Kind.CONTEXT, line);
    }
}
