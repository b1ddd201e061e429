package dev.berth.tui.shell;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Component;
import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.KeyChord;
import dev.berth.core.keymap.Scope;
import dev.berth.tui.nav.Kind;
import dev.berth.tui.nav.Place;
import dev.berth.tui.nav.Target;
import dev.berth.tui.ui.Document;
import dev.berth.tui.ui.LinesComponent;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Text;
import dev.berth.tui.ui.Tone;
import dev.berth.tui.ui.Wrap;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.disposables.Disposable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A scrollable text screen: a service's or task's details (live), describe, raw JSON, a revision
 * diff, a finding's evidence. Long lines wrap to the width. A document with sections gets a title
 * line naming them, and tab / shift-tab jump between them; one holding secret-looking values shows
 * them masked until {@code x}, for this view only (leaving the view masks them again).
 * {@code enter} is where Enter leads.
 */
public final class TextPanel implements ContentPanel {
    private final UiContext ctx;
    private final Place place;
    private final Observable<Document> source;
    private final Target target;
    private final Place enter;
    private final LinesComponent view;
    private Document document = Document.of(List.of(StyledLine.of(" loading…", Tone.DIM)));
    private boolean loaded;
    /** The section the view stays at as the document fills in, until the person moves; null when none. */
    private String pinned;
    private String problem;
    private String filter = "";
    private boolean reveal;
    private int top;
    private Wrapped wrapped;
    private Disposable subscription = Disposable.disposed();

    /** The rows of the shown document at one width, and where each of its lines starts. */
    private record Wrapped(Document document, String filter, int width, List<StyledLine> rows, int[] firstRow) {
    }

    public TextPanel(UiContext ctx, Place place, Single<List<StyledLine>> source, Target target, Place enter) {
        this(ctx, place, source.map(Document::of).toObservable(), target, enter, null);
    }

    /**
     * @param startAt the section to show first once the document arrives, or null for the top
     */
    public TextPanel(UiContext ctx, Place place, Observable<Document> source, Target target, Place enter, String startAt) {
        this.ctx = ctx;
        this.place = place;
        this.source = source;
        this.target = target;
        this.enter = enter;
        this.pinned = startAt;
        this.view = new LinesComponent(ctx.palette(), 0);
        view.setContent(this::screen);
    }

    private List<StyledLine> screen(TerminalSize size) {
        Document shown = shown();
        boolean titled = titled(shown);
        int rows = Math.max(1, size.getRows() - (titled ? 1 : 0));
        Wrapped w = wrap(size.getColumns());
        if (pinned != null) {
            // Parts above it arrive later and push it down: stay on it until the person moves.
            sectionRow(shown, w, pinned).ifPresent(r -> top = r);
        }
        top = Math.max(0, Math.min(top, w.rows().size() - rows));
        List<StyledLine> out = new ArrayList<>(rows + 1);
        if (titled) {
            out.add(title(shown, w, size.getColumns()));
        }
        out.addAll(w.rows().subList(Math.min(top, w.rows().size()), Math.min(w.rows().size(), top + rows)));
        return out;
    }

    /** Sections to name, or values that are masked or shown (the shown variant itself is not revealable: ask the document). */
    private boolean titled(Document d) {
        return d.sections().size() > 1 || document.revealable();
    }

    /**
     * "service rollout [lb] discovery ..." with the current section in brackets when the names fit,
     * else the current one and where it is; then whether masked values are shown.
     */
    private StyledLine title(Document d, Wrapped w, int width) {
        StyledLine.Builder b = StyledLine.builder();
        int current = currentSection(d, w);
        String hint = revealHint();
        if (d.sections().size() > 1 && filter.isEmpty()) {
            StyledLine.Builder all = StyledLine.builder();
            for (int i = 0; i < d.sections().size(); i++) {
                String name = d.sections().get(i).name();
                boolean here = i == current;
                all.add(here ? " [" + name + "]" : " " + name, here ? Tone.STRONG : Tone.DIM);
            }
            if (!reveal && all.length() + hint.length() > width && all.length() <= width) {
                hint = ""; // the section names matter more than "masked", which the key bar and each value say too
            }
            if (all.length() + hint.length() <= width) {
                all.build().spans().forEach(sp -> b.add(sp.text(), sp.tone()));
            } else {
                b.add(" § " + d.sections().get(current).name(), Tone.STRONG)
                        .add(" (" + (current + 1) + "/" + d.sections().size() + ")  tab next · shift-tab back", Tone.DIM);
            }
        }
        b.add(hint, reveal ? Tone.WARN : Tone.DIM);
        return b.build();
    }

    private String revealHint() {
        if (!document.revealable()) {
            return "";
        }
        String key = ctx.keymap().chord(Command.REVEAL).toString();
        return reveal ? "  SHOWN · " + key + " masks" : "  masked · " + key + " shows";
    }

    /**
     * The section jumped to (the last ones may sit below the top when the text ends), else the one
     * whose heading is the last at or above the top row, or 0.
     */
    private int currentSection(Document d, Wrapped w) {
        for (int i = 0; pinned != null && i < d.sections().size(); i++) {
            if (d.sections().get(i).name().equals(pinned)) {
                return i;
            }
        }
        int current = 0;
        for (int i = 0; i < d.sections().size(); i++) {
            int line = d.sections().get(i).line();
            if (line < w.firstRow().length && w.firstRow()[line] <= top) {
                current = i;
            }
        }
        return current;
    }

    private Document shown() {
        return reveal && document.revealable() ? document.revealed() : document;
    }

    private Wrapped wrap(int width) {
        Document d = shown();
        if (wrapped == null || wrapped.document() != d || !wrapped.filter().equals(filter) || wrapped.width() != width) {
            List<StyledLine> lines = filtered(d.lines());
            Wrap.Result r = Wrap.lines(lines, width);
            // Sections point at document lines; a filter hides some, so jumps only work unfiltered.
            wrapped = new Wrapped(d, filter, width, r.rows(), filter.isEmpty() ? r.firstRow() : new int[0]);
        }
        return wrapped;
    }

    private List<StyledLine> filtered(List<StyledLine> lines) {
        if (filter.isEmpty()) {
            return lines;
        }
        boolean invert = filter.startsWith("!");
        String needle = (invert ? filter.substring(1) : filter).toLowerCase(Locale.ROOT);
        List<StyledLine> out = new ArrayList<>();
        for (StyledLine l : lines) {
            if (l.text().toLowerCase(Locale.ROOT).contains(needle) != invert) {
                out.add(l);
            }
        }
        return out;
    }

    /** The text as shown, unwrapped (for tests and copy). */
    public List<StyledLine> lines() {
        return shown().lines();
    }

    @Override
    public Place place() {
        return place;
    }

    @Override
    public Component component() {
        return view;
    }

    @Override
    public Scope scope() {
        return Scope.TEXT;
    }

    @Override
    public void start() {
        subscription = source.observeOn(ctx.ui()).subscribe(d -> {
            document = d;
            loaded = true;
            view.invalidate();
        }, e -> {
            problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            document = Document.of(List.of(StyledLine.of(" " + problem, Tone.BAD)));
            view.invalidate();
        });
    }

    /** Leaving the view masks what was revealed: a secret stays on screen only while a person looks at it. */
    @Override
    public void stop() {
        subscription.dispose();
        reveal = false;
    }

    /** The wrapped row a section's heading is on, if the document has that section. */
    private static Optional<Integer> sectionRow(Document d, Wrapped w, String section) {
        for (Document.Section s : d.sections()) {
            if (s.name().equals(section) && s.line() < w.firstRow().length) {
                return Optional.of(w.firstRow()[s.line()]);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean navigate(KeyChord chord) {
        if (chord.ctrl() || chord.alt()) {
            return false;
        }
        int page = Math.max(1, view.lastSize().getRows() - 2);
        switch (chord.key()) {
            case UP -> top--;
            case DOWN -> top++;
            case PAGE_UP -> top -= page;
            case PAGE_DOWN -> top += page;
            case HOME -> top = 0;
            case END -> top = Integer.MAX_VALUE / 2;
            case CHARACTER -> {
                switch (chord.character()) {
                    case ' ' -> top += page;
                    case 'j' -> top++;
                    case 'k' -> top--;
                    case 'g' -> top = 0;
                    case 'G' -> top = Integer.MAX_VALUE / 2;
                    default -> {
                        return false;
                    }
                }
            }
            default -> {
                return false;
            }
        }
        top = Math.max(0, top);
        pinned = null;
        view.invalidate();
        return true;
    }

    @Override
    public boolean handle(Command command) {
        switch (command) {
            case NEXT_SECTION, PREVIOUS_SECTION -> {
                if (!jump(command == Command.NEXT_SECTION)) {
                    return false;
                }
            }
            case REVEAL -> {
                if (!document.revealable()) {
                    return false;
                }
                reveal = !reveal;
                wrapped = null;
                if (reveal) {
                    ctx.status().warn("secret-looking values shown on this screen · x masks them again");
                } else {
                    ctx.status().info("secret-looking values masked");
                }
            }
            default -> {
                return false;
            }
        }
        view.invalidate();
        return true;
    }

    private boolean jump(boolean forward) {
        Document d = shown();
        if (d.sections().size() < 2 || !filter.isEmpty()) {
            return false;
        }
        int width = Math.max(20, view.lastSize().getColumns());
        Wrapped w = wrap(width);
        int current = currentSection(d, w);
        int target = forward ? Math.min(current + 1, d.sections().size() - 1) : Math.max(0, current - 1);
        // Back from inside a section goes to its own heading first.
        int currentRow = w.firstRow()[d.sections().get(current).line()];
        if (!forward && top > currentRow) {
            target = current;
        }
        top = w.firstRow()[d.sections().get(target).line()];
        pinned = d.sections().get(target).name();
        return true;
    }

    @Override
    public Optional<Place> open() {
        return Optional.ofNullable(enter);
    }

    @Override
    public Optional<Target> selection() {
        return Optional.ofNullable(target);
    }

    @Override
    public List<Command> commands() {
        List<Command> out = new ArrayList<>();
        if (enter != null) {
            out.add(Command.OPEN);
        }
        Document d = shown();
        if (d.sections().size() > 1 && filter.isEmpty()) {
            out.add(Command.NEXT_SECTION);
            out.add(Command.PREVIOUS_SECTION);
        }
        if (document.revealable()) {
            out.add(Command.REVEAL);
        }
        if (target != null) {
            List<Command> offered = new ArrayList<>(List.of(Command.LOGS, Command.EVENTS, Command.METRICS));
            if (place.kind() == Kind.DESCRIBE) {
                offered.add(Command.JSON);
            }
            offered.add(Command.COPY);
            for (Command c : offered) {
                if (target.allows(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    @Override
    public String age(Instant now) {
        if (document.fetchedAt() == null) {
            return loaded || problem != null ? null : "loading";
        }
        return Text.coarseAge(java.time.Duration.between(document.fetchedAt(), now));
    }

    @Override
    public String problem() {
        return problem;
    }

    @Override
    public boolean filterable() {
        return true;
    }

    @Override
    public void filter(String text) {
        filter = text == null ? "" : text.strip();
        top = 0;
        view.invalidate();
    }

    @Override
    public String filterText() {
        return filter;
    }
}
