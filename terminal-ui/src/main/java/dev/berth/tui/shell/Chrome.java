package dev.berth.tui.shell;

import dev.berth.core.SessionStatus;
import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.KeyChord;
import dev.berth.core.keymap.Keymap;
import dev.berth.core.model.ContextInfo;
import dev.berth.tui.nav.Place;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Text;
import dev.berth.tui.ui.Tone;
import java.util.ArrayList;
import java.util.List;

/** The header, breadcrumbs and hint bar as text: pure functions of state, so tests need no screen. */
public final class Chrome {
    private Chrome() {
    }

    /**
     * Context on the left (badges first, so they survive a narrow terminal), data age and the
     * throttling indicator on the right.
     */
    public static StyledLine header(ContextInfo c, SessionStatus status, String age, boolean stale, int width) {
        StyledLine.Builder right = StyledLine.builder();
        if (status != null && status.throttled()) {
            right.add(" THROTTLED ", Tone.BADGE_THROTTLED).add(" ");
        }
        if (age != null) {
            String text = "no data".equals(age) ? age : stale ? "stale " + age : "⟳ " + age;
            right.add(text, stale ? Tone.WARN : Tone.DIM).add(" ");
        }
        StyledLine.Builder left = StyledLine.builder().add(" berth ", Tone.HEADER);
        if (c.sandbox()) {
            left.add(" SANDBOX ", Tone.BADGE_SANDBOX).add(" ");
        }
        if (c.readOnly()) {
            left.add(" READ-ONLY ", Tone.BADGE_READ_ONLY).add(" ");
        }
        if (c.protectedContext()) {
            left.add(" PROTECTED ", Tone.BADGE_THROTTLED).add(" ");
        }
        left.add(c.profile() == null ? "default" : c.profile(), Tone.STRONG).add(" · ", Tone.DIM)
                .add(c.region(), Tone.STRONG).add(" · ", Tone.DIM)
                .add(c.account() == null ? "account ?" : c.account(), Tone.NORMAL);
        int room = width - left.length() - right.length();
        if (c.endpoint() != null && room > 6) {
            left.add(" · ", Tone.DIM).add(Text.clip(c.endpoint(), room - 4), Tone.DIM);
        }
        StyledLine l = left.build();
        StyledLine r = right.build();
        int gap = Math.max(1, width - l.length() - r.length());
        List<dev.berth.tui.ui.Span> spans = new ArrayList<>(l.spans());
        spans.add(new dev.berth.tui.ui.Span(" ".repeat(gap), Tone.NORMAL));
        spans.addAll(r.spans());
        return new StyledLine(spans);
    }

    /** "clusters › demo › web › tasks", shortened from the left when it does not fit. */
    public static StyledLine crumbs(List<Place> trail, int width) {
        List<String> parts = new ArrayList<>();
        for (Place p : trail) {
            parts.add(p.crumb());
        }
        String sep = " › ";
        int start = 0;
        while (start < parts.size() - 1 && length(parts.subList(start, parts.size()), sep) + 3 > width) {
            start++;
        }
        StyledLine.Builder b = StyledLine.builder().add(" ");
        if (start > 0) {
            b.add("…" + sep, Tone.DIM);
        }
        for (int i = start; i < parts.size(); i++) {
            b.add(parts.get(i), i == parts.size() - 1 ? Tone.STRONG : Tone.ACCENT);
            if (i < parts.size() - 1) {
                b.add(sep, Tone.DIM);
            }
        }
        return b.build();
    }

    private static int length(List<String> parts, String sep) {
        return parts.stream().mapToInt(String::length).sum() + Math.max(0, parts.size() - 1) * sep.length();
    }

    /**
     * The hint bar: "<enter>open <l>logs ..." for the commands that work here (mutating ones
     * dropped in read-only contexts, and marked), then the global ones, over as many rows as
     * given; help always shows at the end.
     */
    public static List<StyledLine> hints(Keymap keymap, List<Command> here, boolean readOnly, int width, int rows) {
        List<Command> all = new ArrayList<>();
        for (Command c : here) {
            if (!(readOnly && c.mutating()) && !all.contains(c) && c != Command.HELP) {
                all.add(c);
            }
        }
        for (Command c : List.of(Command.FILTER, Command.COMMAND, Command.BACK)) {
            if (!all.contains(c)) {
                all.add(c);
            }
        }
        List<StyledLine> out = new ArrayList<>();
        String help = hint(keymap.chord(Command.HELP), "help");
        int next = 0;
        for (int row = 0; row < rows; row++) {
            boolean last = row == rows - 1;
            int budget = width - 1 - (last ? help.length() : 0);
            StyledLine.Builder b = StyledLine.builder().add(" ");
            while (next < all.size()) {
                Command c = all.get(next);
                String key = "<" + keymap.chord(c) + ">";
                String label = shortLabel(c) + " ";
                if (b.length() + key.length() + label.length() > budget) {
                    break;
                }
                b.add(key, c.mutating() ? Tone.WARN : Tone.ACCENT).add(label, Tone.DIM);
                next++;
            }
            if (last) {
                b.add("<" + keymap.chord(Command.HELP) + ">", Tone.ACCENT).add("help", Tone.DIM);
            }
            out.add(b.build());
        }
        return out;
    }

    private static String hint(KeyChord chord, String label) {
        return "<" + chord + ">" + label;
    }

    /** The hint bar's word for a command: the first words of its description. */
    public static String shortLabel(Command c) {
        return switch (c) {
            case OPEN -> "open";
            case BACK -> "back";
            case COMMAND -> "cmd";
            case FILTER -> "filter";
            case HELP -> "help";
            case REFRESH -> "refresh";
            case TRIAGE -> "triage";
            case LOGS -> "logs";
            case DESCRIBE -> "describe";
            case JSON -> "json";
            case EVENTS -> "events";
            case METRICS -> "metrics";
            case SORT -> "sort";
            case SORT_REVERSE -> "reverse";
            case MARK -> "mark";
            case COPY -> "copy";
            case SCALE -> "scale";
            case REDEPLOY -> "redeploy";
            case CHANGE_REVISION -> "revision";
            case ROLLBACK -> "rollback";
            case STOP_TASK -> "stop";
            case FOLLOW -> "follow";
            case WRAP -> "wrap";
            case TIMESTAMPS -> "time";
            case SAVE -> "save";
            case JUMP_TO_TASK -> "task";
            case SINCE_TAIL -> "now";
            case SINCE_1M -> "1m";
            case SINCE_5M -> "5m";
            case SINCE_15M -> "15m";
            case SINCE_30M -> "30m";
            case SINCE_1H -> "1h";
            case SINCE_3H -> "3h";
            case INSTANCES -> "instances";
            case NEXT_SECTION -> "next";
            case PREVIOUS_SECTION -> "prev";
            case REVEAL -> "reveal";
            case QUIT -> "quit";
        };
    }
}
