package dev.berth.tui.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of screen text made of toned spans; the unit every Berth text component draws.
 * A highlighted line is drawn as the selection bar across the whole width.
 */
public record StyledLine(List<Span> spans, boolean highlighted) {
    public static final StyledLine EMPTY = new StyledLine(List.of());

    public StyledLine {
        spans = List.copyOf(spans);
    }

    public StyledLine(List<Span> spans) {
        this(spans, false);
    }

    public StyledLine highlight(boolean on) {
        return on == highlighted ? this : new StyledLine(spans, on);
    }

    public static StyledLine of(String text) {
        return new StyledLine(List.of(Span.of(text)));
    }

    public static StyledLine of(String text, Tone tone) {
        return new StyledLine(List.of(new Span(text, tone)));
    }

    public static Builder builder() {
        return new Builder();
    }

    public String text() {
        StringBuilder s = new StringBuilder();
        spans.forEach(sp -> s.append(sp.text()));
        return s.toString();
    }

    public int length() {
        int n = 0;
        for (Span s : spans) {
            n += s.text().length();
        }
        return n;
    }

    /** Splits the line into pieces of at most {@code width} characters, keeping each span's tone. */
    public List<StyledLine> wrap(int width) {
        if (width <= 0 || length() <= width) {
            return List.of(this);
        }
        List<StyledLine> out = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        int used = 0;
        for (Span span : spans) {
            String rest = span.text();
            while (!rest.isEmpty()) {
                int take = Math.min(rest.length(), width - used);
                current.add(new Span(rest.substring(0, take), span.tone()));
                used += take;
                rest = rest.substring(take);
                if (used == width) {
                    out.add(new StyledLine(current, highlighted));
                    current = new ArrayList<>();
                    used = 0;
                }
            }
        }
        if (!current.isEmpty()) {
            out.add(new StyledLine(current, highlighted));
        }
        return out;
    }

    /** Accumulates spans left to right. */
    public static final class Builder {
        private final List<Span> spans = new ArrayList<>();

        public Builder add(String text) {
            return add(text, Tone.NORMAL);
        }

        public Builder add(String text, Tone tone) {
            if (text != null && !text.isEmpty()) {
                spans.add(new Span(text, tone));
            }
            return this;
        }

        public int length() {
            int n = 0;
            for (Span s : spans) {
                n += s.text().length();
            }
            return n;
        }

        public StyledLine build() {
            return new StyledLine(spans);
        }
    }
}
