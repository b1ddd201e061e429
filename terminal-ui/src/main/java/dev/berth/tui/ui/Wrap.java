package dev.berth.tui.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds styled lines into a width, so a text view never cuts a line off: breaks at a blank when one
 * is near the end, else after a ':' or '/' (ARNs have no blanks), else mid-word, and indents the
 * continuation rows: under the value on a key/value line, else a little deeper than the line's own indent.
 */
public final class Wrap {
    /** A break within this many characters of a row's end (or 2/5 of the row, if more) is taken at a blank or separator. */
    private static final int WORD_SLACK = 16;
    /** A first span at least this long that ends in blanks is a key column; values wrap under themselves. */
    private static final int KEY_COLUMN = 8;

    private Wrap() {
    }

    /** The wrapped rows and, for each source line, the row it starts on. */
    public record Result(List<StyledLine> rows, int[] firstRow) {
    }

    public static Result lines(List<StyledLine> lines, int width) {
        List<StyledLine> rows = new ArrayList<>();
        int[] first = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            first[i] = rows.size();
            rows.addAll(line(lines.get(i), width));
        }
        return new Result(rows, first);
    }

    /** One line as rows of at most {@code width} characters (one row when it fits). */
    public static List<StyledLine> line(StyledLine line, int width) {
        if (width < 8 || line.length() <= width) {
            return List.of(line);
        }
        int indent = Math.min(hangingIndent(line), width / 2);
        String text = line.text();
        int total = text.length();
        List<StyledLine> out = new ArrayList<>();
        int from = 0;
        while (from < total) {
            boolean continuation = !out.isEmpty();
            if (continuation) {
                while (from < total && text.charAt(from) == ' ') {
                    from++;
                }
                if (from == total) {
                    break;
                }
            }
            int room = continuation ? width - indent : width;
            int slack = Math.max(WORD_SLACK, room * 2 / 5);
            int to = Math.min(total, from + room);
            int next = to;
            if (to < total) {
                int blank = text.lastIndexOf(' ', to);
                int separator = lastSeparator(text, from, to);
                if (blank > from && blank >= to - slack) {
                    to = blank;
                    next = blank + 1;
                } else if (separator > from && separator >= to - slack) {
                    // An ARN or a path: break after a ':' or '/', so its parts stay whole.
                    to = separator + 1;
                    next = to;
                }
            }
            List<Span> row = new ArrayList<>();
            if (continuation) {
                row.add(Span.of(" ".repeat(indent)));
            }
            row.addAll(slice(line.spans(), from, to));
            out.add(new StyledLine(row, line.highlighted()));
            from = next;
        }
        return out;
    }

    /** The last ':' or '/' in {@code [from, to)}, or -1. */
    private static int lastSeparator(String text, int from, int to) {
        for (int i = to - 1; i > from; i--) {
            char c = text.charAt(i);
            if (c == ':' || c == '/') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where continuation rows start: after the key of a key/value line (a first span that ends in
     * blanks and is followed by more), else two past the leading blanks (under the words after a bullet).
     */
    static int hangingIndent(StyledLine line) {
        List<Span> spans = line.spans();
        if (spans.size() > 1 && spans.get(0).text().length() >= KEY_COLUMN && spans.get(0).text().endsWith("  ")) {
            return spans.get(0).text().length();
        }
        String text = line.text();
        int lead = 0;
        while (lead < text.length() && text.charAt(lead) == ' ') {
            lead++;
        }
        return lead + 2;
    }

    /** The characters {@code [from, to)} of the spans, tones kept. */
    private static List<Span> slice(List<Span> spans, int from, int to) {
        List<Span> out = new ArrayList<>();
        int at = 0;
        for (Span s : spans) {
            int end = at + s.text().length();
            if (end > from && at < to) {
                out.add(new Span(s.text().substring(Math.max(0, from - at), Math.min(s.text().length(), to - at)), s.tone()));
            }
            at = end;
        }
        return out;
    }
}
