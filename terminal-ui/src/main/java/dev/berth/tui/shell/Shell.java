package dev.berth.tui.shell;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.input.KeyStroke;
import dev.berth.core.SessionStatus;
import dev.berth.core.actions.ActionRequest;
import dev.berth.core.actions.ChangeRevision;
import dev.berth.core.actions.RedeployService;
import dev.berth.core.actions.RollbackService;
import dev.berth.core.actions.ScaleService;
import dev.berth.core.actions.StopTask;
import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.KeyChord;
import dev.berth.core.model.ContextInfo;
import dev.berth.core.model.Service;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.core.triage.Finding;
import dev.berth.tui.actions.ActionDialog;
import dev.berth.tui.actions.ActionViewModel;
import dev.berth.tui.describe.Describer;
import dev.berth.tui.logs.LogsPanel;
import dev.berth.tui.metrics.MetricsPanel;
import dev.berth.tui.nav.Place;
import dev.berth.tui.nav.Resource;
import dev.berth.tui.nav.Target;
import dev.berth.tui.triage.TriageResource;
import dev.berth.tui.ui.Chords;
import dev.berth.tui.ui.LineEditor;
import dev.berth.tui.ui.LinesComponent;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Tone;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.disposables.CompositeDisposable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The screen around the panels: header, breadcrumbs, the panel stack, the prompt and status line,
 * the hint bar, and the dispatch of every command. Keys arrive on the UI thread; nothing here
 * blocks or calls AWS directly: panels subscribe to slices, actions go through the core.
 */
public final class Shell {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Shell.class);

    /** What the prompt line is asking for. */
    private enum PromptKind { FILTER, COMMAND }

    private final UiContext ctx;
    private final WindowBasedTextGUI gui;
    private final Runnable quit;
    private final Deque<ContentPanel> stack = new ArrayDeque<>();
    private final MainWindow window = new MainWindow();
    private final Panel root = new Panel(new BorderLayout());
    private final LinesComponent header;
    private final LinesComponent footer;
    private final Describer describer;
    private final CompositeDisposable subscriptions = new CompositeDisposable();
    private final ContextInfo context;
    private SessionStatus status;
    private PromptKind prompt;
    private LineEditor editor;
    private String filterBeforePrompt;
    private ActionDialog dialog;
    private String lastChrome = "";

    public Shell(UiContext ctx, WindowBasedTextGUI gui, Runnable quit) {
        this.ctx = ctx;
        this.gui = gui;
        this.quit = quit;
        this.context = ctx.session().context();
        this.describer = new Describer(ctx.session(), ctx.clock());
        header = new LinesComponent(ctx.palette(), 2).setContent(size -> headerLines(size.getColumns()));
        footer = new LinesComponent(ctx.palette(), 3).setContent(size -> footerLines(size.getColumns()));
        root.addComponent(header, BorderLayout.Location.TOP);
        root.addComponent(footer, BorderLayout.Location.BOTTOM);
        window.setComponent(root);
        ctx.status().onChange(footer::invalidate);
    }

    /** The full-screen window to add to the GUI. */
    public Window window() {
        return window;
    }

    /** Opens the given trail (e.g. clusters › demo › web) and starts watching the session. */
    public void start(List<Place> trail) {
        for (Place p : trail) {
            ContentPanel panel = panelFor(p, null);
            stack.push(panel);
        }
        show(null);
        subscriptions.add(ctx.session().status().observeOn(ctx.ui()).subscribe(s -> {
            status = s;
            header.invalidate();
        }, e -> { }));
        // Ages in the header move on their own. Any change redraws the whole screen, so only redraw
        // when the header's text differs, and look every two seconds (idle CPU on a bastion host).
        subscriptions.add(Observable.interval(2, TimeUnit.SECONDS, ctx.timer()).observeOn(ctx.ui())
                .subscribe(t -> {
                    int width = gui.getScreen().getTerminalSize().getColumns();
                    String now = headerLines(width).get(0).text() + footerLines(width).get(0).text();
                    if (!now.equals(lastChrome)) {
                        lastChrome = now;
                        header.invalidate();
                        footer.invalidate();
                    }
                }));
    }

    public void stop() {
        subscriptions.clear();
        stack.forEach(ContentPanel::stop);
    }

    /** The panel on screen. */
    public ContentPanel current() {
        return stack.peek();
    }

    public List<Place> trail() {
        List<Place> out = new ArrayList<>();
        stack.descendingIterator().forEachRemaining(p -> out.add(p.place()));
        return out;
    }

    // ---- navigation -------------------------------------------------------------------------

    public void go(Place place) {
        go(panelFor(place, null));
    }

    private void go(ContentPanel panel) {
        ContentPanel previous = stack.peek();
        stack.push(panel);
        show(previous);
    }

    private void back() {
        if (stack.size() <= 1) {
            return;
        }
        ContentPanel leaving = stack.pop();
        show(leaving);
    }

    /** Replaces the whole trail (for {@code :} jumps). */
    private void reset(List<Place> trail) {
        ContentPanel leaving = stack.peek();
        List<ContentPanel> old = new ArrayList<>(stack);
        stack.clear();
        for (Place p : trail) {
            stack.push(panelFor(p, null));
        }
        old.stream().filter(p -> p != leaving).forEach(ContentPanel::stop);
        show(leaving);
    }

    /** Puts the top panel on screen; the one leaving stops polling (the core lingers, so back is quick). */
    private void show(ContentPanel leaving) {
        if (leaving != null) {
            leaving.stop();
            root.removeComponent(leaving.component());
        }
        ContentPanel top = stack.peek();
        root.addComponent(top.component(), BorderLayout.Location.CENTER);
        top.start();
        header.invalidate();
        footer.invalidate();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ContentPanel panelFor(Place place, Single<List<StyledLine>> text) {
        Resource<?> resource = ctx.registry().resource(place.kind());
        if (resource != null) {
            return new BrowserPanel(ctx, resource, place);
        }
        return switch (place.kind()) {
            case LOGS -> new LogsPanel(ctx, place);
            case METRICS -> new MetricsPanel(ctx, place);
            default -> new TextPanel(ctx, place, text == null ? Single.just(List.of()) : text, null, null);
        };
    }

    private String currentCluster() {
        for (ContentPanel p : stack) {
            if (p.place().cluster() != null) {
                return p.place().cluster();
            }
        }
        return null;
    }

    // ---- keys -------------------------------------------------------------------------------

    /** Handles one key press (the window forwards them all here). */
    public void onKey(KeyStroke stroke) {
        KeyChord chord = Chords.of(stroke);
        if (chord == null) {
            return;
        }
        try {
            if (prompt != null) {
                promptKey(chord);
            } else if (!current().navigate(chord)) {
                ctx.keymap().command(chord, current().scope()).ifPresent(this::dispatch);
            }
        } catch (RuntimeException e) {
            // A bug in one command must not take the screen down; the person sees one line.
            LOG.warn("command failed", e);
            ctx.status().error(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        header.invalidate();
        footer.invalidate();
    }

    private void promptKey(KeyChord chord) {
        if (chord.key() == KeyChord.Key.ESCAPE) {
            if (prompt == PromptKind.FILTER) {
                current().filter(filterBeforePrompt);
            }
            prompt = null;
            return;
        }
        if (chord.key() == KeyChord.Key.ENTER) {
            PromptKind kind = prompt;
            prompt = null;
            if (kind == PromptKind.COMMAND) {
                runCommandLine(editor.text());
            }
            return;
        }
        if (editor.edit(chord) && prompt == PromptKind.FILTER) {
            current().filter(editor.text());
        }
    }

    /** Runs one command (from a key or from elsewhere, e.g. tests). */
    public void dispatch(Command c) {
        ContentPanel panel = current();
        switch (c) {
            case QUIT -> quit.run();
            case BACK -> {
                if (panel.filterable() && !panel.filterText().isEmpty()) {
                    panel.filter("");
                } else {
                    back();
                }
            }
            case HELP -> gui.addWindow(new HelpDialog(ctx.keymap(), panel.scope(), context.readOnly(),
                    panel.place().crumb(), ctx.palette(), screenSize()));
            case FILTER -> {
                if (panel.filterable()) {
                    prompt = PromptKind.FILTER;
                    filterBeforePrompt = panel.filterText();
                    editor = new LineEditor(panel.filterText());
                }
            }
            case COMMAND -> {
                prompt = PromptKind.COMMAND;
                editor = new LineEditor("");
            }
            case REFRESH -> {
                ctx.session().refresh();
                ctx.status().info("refreshing");
            }
            case TRIAGE -> go(Place.triage(currentCluster()));
            default -> {
                if (!panel.handle(c)) {
                    onSelection(c, panel);
                }
            }
        }
    }

    private void onSelection(Command c, ContentPanel panel) {
        if (c == Command.OPEN || c == Command.JUMP_TO_TASK) {
            Optional<Place> next = panel.open();
            if (next.isPresent()) {
                go(next.get());
                return;
            }
            c = Command.DESCRIBE;
        }
        Optional<Target> selected = panel.selection();
        if (selected.isEmpty() || !selected.get().allows(c)) {
            if (c != Command.DESCRIBE) {
                ctx.status().error(Chrome.shortLabel(c) + ": not available here");
            }
            return;
        }
        Target t = selected.get();
        if (c.mutating() && context.readOnly()) {
            ctx.status().error("read-only: " + Chrome.shortLabel(c) + " is disabled (started with --read-only)");
            return;
        }
        switch (c) {
            case LOGS -> go(Place.logs(t.cluster(), t.service(), t.taskId(), t.container()));
            case EVENTS -> go(Place.events(t.cluster(), t.service()));
            case METRICS -> go(Place.metrics(t.cluster(), t.service()));
            case DESCRIBE -> describe(t, panel);
            case JSON -> go(new TextPanel(ctx, Place.text("json"), describer.json(t.value()), t, null));
            case COPY -> {
                ctx.clipboard().copy(t.arn());
                ctx.status().info("copied " + t.arn());
            }
            case SCALE, REDEPLOY, CHANGE_REVISION, ROLLBACK, STOP_TASK -> startAction(c, t);
            default -> ctx.status().error(Chrome.shortLabel(c) + ": not available here");
        }
    }

    private void describe(Target t, ContentPanel panel) {
        if (t.value() instanceof Finding f) {
            go(new TextPanel(ctx, Place.text("evidence"), describer.describe(f), t, TriageResource.evidencePlace(f)));
            return;
        }
        if (t.value() instanceof TaskDefinitionRef ref && panel instanceof BrowserPanel<?> browser
                && browser.viewModel().marked() instanceof TaskDefinitionRef marked && !marked.equals(ref)) {
            TaskDefinitionRef older = marked.revision() < ref.revision() ? marked : ref;
            TaskDefinitionRef newer = older == marked ? ref : marked;
            go(new TextPanel(ctx, Place.text("diff " + older.revision() + "→" + newer.revision()),
                    describer.diff(older, newer), t, null));
            return;
        }
        String label = t.value() instanceof TaskDefinitionRef ref ? ref.familyRevision() : "describe";
        go(new TextPanel(ctx, Place.text(label), describer.describe(t.value()), t, null));
    }

    private void startAction(Command c, Target t) {
        String cluster = t.cluster();
        String service = t.service();
        String title;
        String inputLabel = null;
        String initial = null;
        Function<String, ActionRequest> parse;
        switch (c) {
            case SCALE -> {
                title = "Scale " + service;
                inputLabel = "desired count (0-" + ScaleService.MAX_DESIRED + ")";
                initial = t.value() instanceof Service s ? String.valueOf(s.desiredCount()) : "";
                parse = typed -> ScaleService.parse(cluster, service, typed);
            }
            case REDEPLOY -> {
                title = "Redeploy " + service;
                parse = x -> new RedeployService(cluster, service);
            }
            case ROLLBACK -> {
                title = "Roll back " + service;
                parse = x -> new RollbackService(cluster, service);
            }
            case CHANGE_REVISION -> {
                title = "Change the revision of " + service;
                inputLabel = "task definition (family:revision)";
                initial = t.value() instanceof Service s && s.revision() != null
                        ? s.revision().substring(0, s.revision().lastIndexOf(':') + 1) : "";
                parse = typed -> new ChangeRevision(cluster, service, typed == null ? null : typed.strip());
            }
            case STOP_TASK -> {
                title = "Stop task " + Place.shortId(t.taskId());
                inputLabel = "reason (optional)";
                initial = "";
                parse = typed -> new StopTask(cluster, t.taskId(), typed);
            }
            default -> throw new IllegalStateException("not an action: " + c);
        }
        ActionViewModel vm = new ActionViewModel(ctx.session().actions(), title, inputLabel, initial, parse, ctx.ui(), () -> {
            if (dialog != null) {
                dialog.refresh();
            }
        });
        dialog = new ActionDialog(vm, ctx.palette(), screenSize(), this::actionClosed);
        gui.addWindow(dialog);
    }

    private void actionClosed(ActionViewModel vm) {
        dialog = null;
        switch (vm.stage()) {
            case SETTLED -> ctx.status().info(vm.title() + ": done");
            case RUNNING -> ctx.status().info(vm.title() + ": still rolling out, the list follows it");
            case FAILED -> ctx.status().error(vm.title() + ": " + (vm.error() == null ? "failed" : vm.error()));
            default -> ctx.status().info(vm.title() + ": cancelled, nothing was changed");
        }
    }

    /** The action dialog on screen, or null. */
    public ActionDialog dialog() {
        return dialog;
    }

    private void runCommandLine(String line) {
        String[] words = line.strip().split("\\s+");
        String cmd = words[0].toLowerCase(Locale.ROOT);
        String arg = words.length > 1 ? words[1] : null;
        String cluster = arg != null ? arg : currentCluster();
        switch (cmd) {
            case "", "q!" -> { }
            case "q", "quit", "exit" -> quit.run();
            case "clusters", "cl", "cluster" -> reset(List.of(Place.clusters()));
            case "services", "svc", "service", "s" -> {
                if (cluster == null) {
                    ctx.status().error(":services needs a cluster: open one, or type :services NAME");
                } else {
                    reset(List.of(Place.clusters(), Place.services(cluster)));
                }
            }
            case "tasks", "task", "t" -> {
                if (cluster == null) {
                    ctx.status().error(":tasks needs a cluster: open one, or type :tasks NAME");
                } else {
                    reset(List.of(Place.clusters(), Place.services(cluster), Place.tasks(cluster, null)));
                }
            }
            case "taskdefs", "td", "taskdef", "taskdefinitions" -> reset(List.of(Place.taskDefinitions()));
            case "triage" -> go(Place.triage(arg != null ? arg : currentCluster()));
            case "ctx", "context", "region", "profile" -> ctx.status().error("Berth shows one context per run: restart with "
                    + "berth --profile NAME --region REGION (now " + context.name() + ")");
            default -> ctx.status().error("unknown command :" + cmd + " (try :clusters :services :tasks :taskdefs :triage :q)");
        }
    }

    private TerminalSize screenSize() {
        return gui.getScreen().getTerminalSize();
    }

    // ---- chrome ----------------------------------------------------------------------------

    private List<StyledLine> headerLines(int width) {
        ContentPanel p = current();
        String age = p == null ? null : p.age(ctx.clock().instant());
        boolean stale = p != null && p.problem() != null;
        // The account arrives from STS after start, so read the context each time.
        return List.of(Chrome.header(ctx.session().context(), status, age, stale, width), Chrome.crumbs(trail(), width));
    }

    private List<StyledLine> footerLines(int width) {
        ContentPanel p = current();
        StyledLine first;
        if (prompt != null) {
            first = StyledLine.builder().add(prompt == PromptKind.FILTER ? "/" : ":", Tone.ACCENT)
                    .add(editor.text() + "▏", Tone.STRONG)
                    .add(prompt == PromptKind.FILTER ? "   (! inverts · Enter keeps · Esc clears)" : "   (clusters services tasks taskdefs triage q)", Tone.DIM)
                    .build();
        } else if (ctx.status().text() != null) {
            first = StyledLine.of(" " + ctx.status().text(), ctx.status().tone());
        } else if (p != null && p.problem() != null) {
            first = StyledLine.of(" ⚠ " + p.problem(), Tone.BAD);
        } else if (p != null && p.filterable() && !p.filterText().isEmpty()) {
            first = StyledLine.builder().add(" filter: ", Tone.DIM).add(p.filterText(), Tone.WARN).add("  (Esc clears)", Tone.DIM).build();
        } else {
            first = StyledLine.EMPTY;
        }
        List<Command> here = p == null ? List.of() : p.commands();
        List<StyledLine> lines = new ArrayList<>();
        lines.add(first);
        lines.addAll(Chrome.hints(ctx.keymap(), here, context.readOnly(), width, 2));
        return lines;
    }

    /** Full screen, no border; every key goes to the shell first. */
    private final class MainWindow extends BasicWindow {
        MainWindow() {
            setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS, Window.Hint.NO_POST_RENDERING));
        }

        @Override
        public boolean handleInput(KeyStroke key) {
            onKey(key);
            return true;
        }
    }
}
