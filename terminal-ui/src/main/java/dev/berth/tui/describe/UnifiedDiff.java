package dev.berth.tui.describe;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts by lines (longest common subsequence), with 3 lines of context. */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    public static String of(String aName, String a, String bName, String b) {
        List<String> x = a.lines().toList();
        List<String> y = b.lines().toList();
        int[][] lcs = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        // Edit script: ' ' keep, '-' remove from a, '+' add from b.
        List<String> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < x.size() || j < y.size()) {
            if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
                ops.add(" " + x.get(i++));
                j++;
            } else if (j < y.size() && (i == x.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                ops.add("+" + y.get(j++));
            } else {
                ops.add("-" + x.get(i++));
            }
        }
        StringBuilder out = new StringBuilder("--- " + aName + "\n+++ " + bName + "\n");
        boolean any = false;
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k).charAt(0) == ' ') {
                k++;
                continue;
            }
            any = true;
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            // Extend the hunk while changes come within 2*CONTEXT lines of each other.
            int lastChange = k;
            while (end < ops.size() && end - lastChange <= 2 * CONTEXT) {
                if (ops.get(end).charAt(0) != ' ') {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + CONTEXT + 1);
            int aLine = 1 + (int) ops.subList(0, start).stream().filter(o -> o.charAt(0) != '+').count();
            int bLine = 1 + (int) ops.subList(0, start).stream().filter(o -> o.charAt(0) != '-').count();
            int aCount = (int) ops.subList(start, end).stream().filter(o -> o.charAt(0) != '+').count();
            int bCount = (int) ops.subList(start, end).stream().filter(o -> o.charAt(0) != '-').count();
            out.append("@@ -").append(aLine).append(',').append(aCount).append(" +").append(bLine).append(',').append(bCount).append(" @@\n");
            for (int h = start; h < end; h++) {
                out.append(ops.get(h)).append('\n');
            }
            k = end;
        }
        if (!any) {
            out.append("(no differences)\n");
        }
        return out.toString();
    }
}
