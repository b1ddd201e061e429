package dev.berth.core.actions;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.List;

/** A unified diff of two texts by lines ({@code diff -u} style, three lines of context). */
public final class LineDiff {
    static final int CONTEXT = 3;

    private LineDiff() {
    }

    /** The diff from {@code before} to {@code after}, or an empty string when they are equal. */
    public static String unified(String beforeName, String afterName, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        if (patch.getDeltas().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        UnifiedDiffUtils.generateUnifiedDiff(beforeName, afterName, a, patch, CONTEXT).forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : text.lines().toList();
    }
}
