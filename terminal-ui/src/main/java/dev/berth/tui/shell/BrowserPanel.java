package dev.berth.tui.shell;

import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Panel;
import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.KeyChord;
import dev.berth.core.keymap.Scope;
import dev.berth.core.watch.Problem;
import dev.berth.tui.nav.Kind;
import dev.berth.tui.nav.Place;
import dev.berth.tui.nav.Resource;
import dev.berth.tui.nav.Target;
import dev.berth.tui.table.BrowserViewModel;
import dev.berth.tui.ui.LinesComponent;
import dev.berth.tui.ui.Span;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Tone;
import dev.berth.tui.ui.Wrap;
import io.reactivex.rxjava3.disposables.Disposable;
import io.reactivex.rxjava3.subjects.BehaviorSubject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The one table view every resource list uses (k9s's Browser): a title line with the count,
 * filter and sort, and the windowed table. Rows come from the resource's slice, hop onto the UI
 * thread, and land in the view model; the view only copies the model's window into Lanterna.
 */
public final class BrowserPanel<T> implements ContentPanel {
    /** In hint-bar order: the keys an operator needs most come first. */
    private static final List<Command> LIST_COMMANDS = List.of(Command.OPEN, Command.LOGS, Command.EVENTS,
            Command.METRICS, Command.SCALE, Command.REDEPLOY, Command.ROLLBACK, Command.CHANGE_REVISION,
            Command.STOP_TASK, Command.DESCRIBE, Command.JSON, Command.MARK, Command.TRIAGE, Command.INSTANCES, Command.COPY,
            Command.SORT,
            Command.SORT_REVERSE);

    /** At most one list update per this many milliseconds reaches the screen. */
    static final long UPDATE_MILLIS = 250;

    private final UiContext ctx;
    private final Resource<T> resource;
    private final Place place;
    private final BehaviorSubject<List<T>> window = BehaviorSubject.createDefault(List.of());
    private final BrowserViewModel<T> vm;
    private final ResourceTable<T> table;
    private final LinesComponent title;
    private final Panel root;
    private final LinesComponent detail;
    private Disposable subscription = Disposable.disposed();

    public BrowserPanel(UiContext ctx, Resource<T> resource, Place place) {
        this.ctx = ctx;
        this.resource = resource;
        this.place = place;
        this.vm = new BrowserViewModel<>(resource.columns(), resource::key, window::onNext);
        vm.startOn(resource::startsOn);
        this.table = new ResourceTable<>(vm, ctx.palette());
        this.title = new LinesComponent(ctx.palette(), 1);
        title.setContent(size -> List.of(titleLine()));
        root = new Panel(new BorderLayout());
        root.addComponent(title, BorderLayout.Location.TOP);
        root.addComponent(table, BorderLayout.Location.CENTER);
        if (resource.detailRows() > 0) {
            detail = new LinesComponent(ctx.palette(), resource.detailRows());
            detail.setContent(size -> detailLines(size.getColumns(), size.getRows()));
            root.addComponent(detail, BorderLayout.Location.BOTTOM);
        } else {
            detail = null;
        }
    }

    /** The resource's lines about the selection: the first as a rule across the width, the rest wrapped. */
    private List<StyledLine> detailLines(int width, int rows) {
        T row = vm.selected();
        List<StyledLine> lines = row == null ? List.of() : resource.detail(row);
        List<StyledLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size() && out.size() < rows; i++) {
            StyledLine l = lines.get(i);
            if (i == 0) {
                out.add(withRule(l, width));
            } else {
                out.addAll(Wrap.line(l, width));
            }
        }
        return out.subList(0, Math.min(rows, out.size()));
    }

    private static StyledLine withRule(StyledLine l, int width) {
        List<Span> spans = new ArrayList<>(l.spans());
        spans.add(new Span("─".repeat(Math.max(0, width - l.length())), Tone.DIM));
        return new StyledLine(spans);
    }

    public BrowserViewModel<T> viewModel() {
        return vm;
    }

    private StyledLine titleLine() {
        StyledLine.Builder b = StyledLine.builder()
                .add(" " + resource.kind().label(), Tone.ACCENT)
                .add(place.subject() != null ? "(" + place.subject() + ")" : "", Tone.ACCENT)
                .add(" [" + vm.summary() + "]", Tone.STRONG);
        if (vm.shownCount() > vm.height()) {
            b.add("  rows " + (vm.cursor() + 1) + "/" + vm.shownCount(), Tone.DIM);
        }
        if (!vm.snapshot().hasValue() && vm.snapshot().problem() == null) {
            b.add("  loading…", Tone.DIM);
        } else if (vm.snapshot().hasValue() && vm.shownCount() == 0) {
            b.add(vm.filter().isEmpty() ? "  (none)" : "  (nothing matches the filter)", Tone.DIM);
        }
        return b.build();
    }

    @Override
    public Place place() {
        return place;
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public Scope scope() {
        return Scope.LIST;
    }

    @Override
    public void start() {
        subscription = resource.watch(ctx.session(), place, window, ctx.timer())
                // "Loading" is what the panel shows already; dropped, it cannot hold the first answer
                // back for a throttle window.
                .filter(s -> s.hasValue() || s.problem() != null)
                // A big cluster's rows arrive batch by batch; a screen needs no more than a few updates a second.
                .throttleLatest(UPDATE_MILLIS, TimeUnit.MILLISECONDS, ctx.timer(), true)
                .observeOn(ctx.work())
                .map(vm::prepare)
                .observeOn(ctx.ui())
                .subscribe(s -> {
                    List<?> before = List.copyOf(vm.window());
                    String summary = titleLine().text();
                    vm.apply(s);
                    // A refresh that changed nothing on screen costs no redraw (rows off screen may have moved).
                    if (!sameRows(before, vm.window()) || !summary.equals(titleLine().text())) {
                        changed();
                    }
                }, e -> { /* slices never end in error; a bug here must not kill the screen */ });
    }

    @Override
    public void stop() {
        subscription.dispose();
    }

    /** Same rendered rows (by identity: unchanged rows keep their rendering) in the same order. */
    private static boolean sameRows(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private void changed() {
        table.refill();
        title.invalidate();
        if (detail != null) {
            detail.invalidate();
        }
    }

    @Override
    public boolean navigate(KeyChord chord) {
        if (chord.ctrl() || chord.alt()) {
            return false;
        }
        switch (chord.key()) {
            case UP -> vm.move(-1);
            case DOWN -> vm.move(1);
            case PAGE_UP -> vm.pageUp();
            case PAGE_DOWN -> vm.pageDown();
            case HOME -> vm.home();
            case END -> vm.end();
            case CHARACTER -> {
                // vi keys as in k9s, where the keymap leaves them free
                if (chord.character() == 'j') {
                    vm.move(1);
                } else if (chord.character() == 'k') {
                    vm.move(-1);
                } else if (chord.character() == 'g') {
                    vm.home();
                } else if (chord.character() == 'G') {
                    vm.end();
                } else {
                    return false;
                }
            }
            default -> {
                return false;
            }
        }
        changed();
        return true;
    }

    @Override
    public boolean handle(Command command) {
        switch (command) {
            case SORT -> vm.sortNext();
            case SORT_REVERSE -> vm.reverse();
            case MARK -> vm.toggleMark();
            default -> {
                return false;
            }
        }
        changed();
        return true;
    }

    @Override
    public Optional<Target> selection() {
        T row = vm.selected();
        return row == null ? Optional.empty() : Optional.of(resource.target(place, row));
    }

    @Override
    public Optional<Place> open() {
        T row = vm.selected();
        return row == null ? Optional.empty() : resource.open(place, row);
    }

    public T selectedValue() {
        return vm.selected();
    }

    @Override
    public List<Command> commands() {
        Optional<Target> t = selection();
        List<Command> out = new ArrayList<>();
        for (Command c : LIST_COMMANDS) {
            if (c == Command.SORT || c == Command.SORT_REVERSE || c == Command.TRIAGE) {
                out.add(c);
            } else if (c == Command.MARK) {
                if (resource.kind() == Kind.REVISIONS) {
                    out.add(c);
                }
            } else if (c == Command.INSTANCES) {
                // The key works in every list of a cluster; the hint, where room is short, only on clusters.
                if (resource.kind() == Kind.CLUSTERS && t.isPresent() && t.get().allows(c)) {
                    out.add(c);
                }
            } else if (t.isPresent() && t.get().allows(c)) {
                out.add(c);
            }
        }
        return out;
    }

    @Override
    public String age(Instant now) {
        return vm.ageText(now);
    }

    @Override
    public String problem() {
        Problem p = vm.snapshot().problem();
        return p == null ? null : p.message();
    }

    @Override
    public boolean filterable() {
        return true;
    }

    @Override
    public void filter(String text) {
        vm.setFilter(text);
        changed();
    }

    @Override
    public String filterText() {
        return vm.filter();
    }
}
