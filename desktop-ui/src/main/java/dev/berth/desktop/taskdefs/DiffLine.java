package dev.berth.desktop.taskdefs;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
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

    /** The unified diff of two texts with three lines of context; empty when they are equal. */
    public static List<DiffLine> between(String fromName, String from, String toName, String to) {
        List<String> a = Arrays.asList(from.split("\n", -1));
        List<String> b = Arrays.asList(to.split("\n", -1));
        Patch<String> patch = DiffUtils.diff(a, b);
        if (patch.getDeltas().isEmpty()) {
            return List.of();
        }
        return UnifiedDiffUtils.generateUnifiedDiff(fromName, toName, a, patch, 3).stream().map(DiffLine::of).toList();
    }
}
