package dev.berth.core.actions;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts by lines ({@code diff -u} style, three lines of context), from a
 * longest-common-subsequence table: task definitions are a few hundred lines, so the quadratic
 * table is small. Texts too large for it are shown as one hunk replacing everything.
 */
public final class LineDiff {
    static final int CONTEXT = 3;
    private static final long MAX_CELLS = 16_000_000L;

    private LineDiff() {
    }

    /** The diff from {@code before} to {@code after}, or an empty string when they are equal. */
    public static String unified(String beforeName, String afterName, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<Op> ops = (long) a.size() * b.size() > MAX_CELLS ? replaceAll(a, b) : script(a, b);
        if (ops.stream().allMatch(o -> o.kind == ' ')) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(beforeName).append('\n').append("+++ ").append(afterName).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // Extend the hunk while the next change is within two contexts of this one.
            while (true) {
                int lastChange = end;
                while (end < ops.size() && ops.get(end).kind != ' ') {
                    lastChange = end;
                    end++;
                }
                int next = end;
                while (next < ops.size() && ops.get(next).kind == ' ') {
                    next++;
                }
                if (next < ops.size() && next - end <= 2 * CONTEXT) {
                    end = next;
                    continue;
                }
                end = Math.min(ops.size(), lastChange + 1 + CONTEXT);
                break;
            }
            appendHunk(out, ops, start, end);
            i = end;
        }
        return out.toString();
    }

    private static void appendHunk(StringBuilder out, List<Op> ops, int start, int end) {
        int aStart = ops.get(start).aLine;
        int bStart = ops.get(start).bLine;
        int aCount = 0;
        int bCount = 0;
        for (int k = start; k < end; k++) {
            Op o = ops.get(k);
            if (o.kind != '+') {
                aCount++;
            }
            if (o.kind != '-') {
                bCount++;
            }
        }
        out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n");
        for (int k = start; k < end; k++) {
            out.append(ops.get(k).kind).append(ops.get(k).text).append('\n');
        }
    }

    /** diff -u numbering: 1-based start, and a start of "line before" when the range is empty. */
    private static String range(int zeroBasedStart, int count) {
        int first = count == 0 ? zeroBasedStart : zeroBasedStart + 1;
        return count == 1 ? String.valueOf(first) : first + "," + count;
    }

    private record Op(char kind, String text, int aLine, int bLine) {
    }

    private static List<Op> script(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Op> ops = new ArrayList<>(n + m);
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                ops.add(new Op(' ', a.get(i), i++, j++));
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                ops.add(new Op('+', b.get(j), i, j++));
            } else {
                ops.add(new Op('-', a.get(i), i++, j));
            }
        }
        return reorderRemovalsFirst(ops);
    }

    /** Within a run of changes, show removals before additions, as diff -u does. */
    private static List<Op> reorderRemovalsFirst(List<Op> ops) {
        List<Op> out = new ArrayList<>(ops.size());
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k).kind == ' ') {
                out.add(ops.get(k++));
                continue;
            }
            List<Op> minus = new ArrayList<>();
            List<Op> plus = new ArrayList<>();
            while (k < ops.size() && ops.get(k).kind != ' ') {
                (ops.get(k).kind == '-' ? minus : plus).add(ops.get(k));
                k++;
            }
            int aAt = minus.isEmpty() ? plus.get(0).aLine : minus.get(0).aLine;
            int bAt = plus.isEmpty() ? minus.get(0).bLine : plus.get(0).bLine;
            for (Op o : minus) {
                out.add(new Op('-', o.text, o.aLine, bAt));
            }
            for (Op o : plus) {
                out.add(new Op('+', o.text, aAt + minus.size(), o.bLine));
            }
        }
        return out;
    }

    private static List<Op> replaceAll(List<String> a, List<String> b) {
        List<Op> ops = new ArrayList<>(a.size() + b.size());
        for (int i = 0; i < a.size(); i++) {
            ops.add(new Op('-', a.get(i), i, 0));
        }
        for (int j = 0; j < b.size(); j++) {
            ops.add(new Op('+', b.get(j), a.size(), j));
        }
        return ops;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }
}
