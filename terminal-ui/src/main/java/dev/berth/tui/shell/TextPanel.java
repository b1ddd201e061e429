package dev.berth.tui.shell;

import com.googlecode.lanterna.gui2.Component;
import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.KeyChord;
import dev.berth.core.keymap.Scope;
import dev.berth.tui.nav.Place;
import dev.berth.tui.nav.Target;
import dev.berth.tui.ui.LinesComponent;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Tone;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.disposables.Disposable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A scrollable text screen: describe, raw JSON, a revision diff, a finding's evidence. The text
 * may arrive later (a task definition is fetched on demand); {@code enter} is where Enter leads.
 */
public final class TextPanel implements ContentPanel {
    private final UiContext ctx;
    private final Place place;
    private final Single<List<StyledLine>> source;
    private final Target target;
    private final Place enter;
    private final LinesComponent view;
    private List<StyledLine> lines = List.of(StyledLine.of(" loading…", Tone.DIM));
    private String problem;
    private String filter = "";
    private int top;
    private Disposable subscription = Disposable.disposed();

    public TextPanel(UiContext ctx, Place place, Single<List<StyledLine>> source, Target target, Place enter) {
        this.ctx = ctx;
        this.place = place;
        this.source = source;
        this.target = target;
        this.enter = enter;
        this.view = new LinesComponent(ctx.palette(), 0);
        view.setContent(size -> {
            List<StyledLine> shown = shown();
            top = Math.max(0, Math.min(top, shown.size() - size.getRows()));
            return shown.subList(Math.min(top, shown.size()), Math.min(shown.size(), top + size.getRows()));
        });
    }

    private List<StyledLine> shown() {
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

    /** The text as shown (for tests and copy). */
    public List<StyledLine> lines() {
        return lines;
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
        return Scope.GLOBAL;
    }

    @Override
    public void start() {
        subscription = source.observeOn(ctx.ui()).subscribe(l -> {
            lines = l;
            view.invalidate();
        }, e -> {
            problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            lines = List.of(StyledLine.of(" " + problem, Tone.BAD));
            view.invalidate();
        });
    }

    @Override
    public void stop() {
        subscription.dispose();
    }

    @Override
    public boolean navigate(KeyChord chord) {
        int page = Math.max(1, view.lastSize().getRows() - 1);
        switch (chord.key()) {
            case UP -> top--;
            case DOWN -> top++;
            case PAGE_UP -> top -= page;
            case PAGE_DOWN, CHARACTER -> {
                if (chord.key() == KeyChord.Key.CHARACTER && chord.character() != ' ') {
                    return false;
                }
                top += page;
            }
            case HOME -> top = 0;
            case END -> top = Integer.MAX_VALUE / 2;
            default -> {
                return false;
            }
        }
        top = Math.max(0, top);
        view.invalidate();
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
        if (target != null) {
            for (Command c : List.of(Command.LOGS, Command.EVENTS, Command.METRICS, Command.COPY)) {
                if (target.allows(c)) {
                    out.add(c);
                }
            }
        }
        return out;
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
