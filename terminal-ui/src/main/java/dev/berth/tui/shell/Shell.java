package dev.berth.tui.shell;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.input.KeyStroke;
import dev.berth.core.Session;
import dev.berth.core.SessionStatus;
import dev.berth.core.actions.ActionRequest;
import dev.berth.core.actions.ChangeRevision;
import dev.berth.core.actions.RedeployService;
import dev.berth.core.actions.RollbackService;
import dev.berth.core.actions.ScaleService;
import dev.berth.core.actions.StopTask;
import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.KeyChord;
import dev.berth.core.keymap.Scope;
import dev.berth.core.model.ContextInfo;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.core.triage.Finding;
import dev.berth.tui.actions.ActionDialog;
import dev.berth.tui.actions.ActionViewModel;
import dev.berth.tui.contexts.ContextChoice;
import dev.berth.tui.contexts.Contexts;
import dev.berth.tui.describe.Describer;
import dev.berth.tui.logs.LogsPanel;
import dev.berth.tui.metrics.MetricsPanel;
import dev.berth.tui.nav.Kind;
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
import io.reactivex.rxjava3.disposables.Disposable;
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

    private UiContext ctx;
    private final WindowBasedTextGUI gui;
    private final Runnable quit;
    private final Deque<ContentPanel> stack = new ArrayDeque<>();
    private final MainWindow window = new MainWindow();
    private final Panel root = new Panel(new BorderLayout());
    private final LinesComponent header;
    private final LinesComponent footer;
    private Describer describer;
    private final CompositeDisposable subscriptions = new CompositeDisposable();
    private final Contexts contexts;
    private ContextInfo context;
    /** The session this shell opened by switching context, or null (the one it started on belongs to its caller). */
    private Session opened;
    private Disposable statusSubscription = Disposable.disposed();
    private SessionStatus status;
    private PromptKind prompt;
    private LineEditor editor;
    private String filterBeforePrompt;
    private ActionDialog dialog;
    private String lastChrome = "";

    public Shell(UiContext ctx, WindowBasedTextGUI gui, Runnable quit) {
        this(ctx, gui, quit, null);
    }

    /** @param contexts where {@code :ctx} and {@code :region} switch to, or null when they can only explain */
    public Shell(UiContext ctx, WindowBasedTextGUI gui, Runnable quit, Contexts contexts) {
        this.ctx = ctx;
        this.contexts = contexts;
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
        watchStatus();
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

    private void watchStatus() {
        statusSubscription.dispose();
        statusSubscription = ctx.session().status().observeOn(ctx.ui()).subscribe(s -> {
            status = s;
            header.invalidate();
        }, e -> { });
    }

    public void stop() {
        subscriptions.clear();
        statusSubscription.dispose();
        stack.forEach(ContentPanel::stop);
        if (opened != null) {
            opened.close();
        }
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
            case DESCRIBE -> details(place, null);
            default -> new TextPanel(ctx, place, text == null ? Single.just(List.of()) : text, null, null);
        };
    }

    /**
     * A service's or task's details page. Its selection is the service or task by name (the value is
     * the place: {@code y} there shows the live JSON), with the ARN when the row it came from had one.
     */
    private TextPanel details(Place place, String arn) {
        Target t = place.taskId() != null
                ? new Target(Kind.TASKS, place.cluster(), place.service(), place.taskId(), null, null, arn, false, place)
                : new Target(Kind.SERVICES, place.cluster(), place.service(), null, null, null, arn, false, place);
        return new TextPanel(ctx, place, describer.details(place), t, null, place.label());
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
                command(chord, current()).ifPresent(this::dispatch);
            }
        } catch (RuntimeException e) {
            // A bug in one command must not take the screen down; the person sees one line.
            LOG.warn("command failed", e);
            ctx.status().error(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        header.invalidate();
        footer.invalidate();
    }

    /**
     * The command a key means on this panel: its scope's binding, else a list key the panel offers
     * (a details page takes {@code l}, {@code e}, {@code m}, {@code y} for what it shows).
     */
    private Optional<Command> command(KeyChord chord, ContentPanel panel) {
        Optional<Command> c = ctx.keymap().command(chord, panel.scope());
        if (c.isEmpty() && panel.scope() != Scope.LIST) {
            c = ctx.keymap().command(chord, Scope.LIST).filter(panel.commands()::contains);
        }
        return c;
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
            case HELP -> gui.addWindow(new HelpDialog(ctx.keymap(), panel.scope(), panel.commands(), context.readOnly(),
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
        if (c == Command.OPEN && panel.selection().map(Target::value).orElse(null) instanceof ContextChoice choice) {
            switchContext(choice.profile(), choice.region());
            return;
        }
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
            case JSON -> go(new TextPanel(ctx, Place.text("json"), describer.json(t), t, null, null));
            case INSTANCES -> go(Place.instances(t.cluster()));
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
            go(new TextPanel(ctx, Place.text("evidence"), describer.describe(f), t, TriageResource.evidencePlace(f), null));
            return;
        }
        if (t.kind() == Kind.SERVICES && t.service() != null && t.cluster() != null) {
            go(details(Place.describeService(t.cluster(), t.service(), null), t.arn()));
            return;
        }
        if (t.value() instanceof Task task && t.cluster() != null) {
            go(details(Place.describeTask(t.cluster(), t.service(), task.id(), null), t.arn()));
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
        go(new TextPanel(ctx, Place.text(label), describer.describe(t.value()), t, null, null));
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
            case "instances", "inst", "ci" -> {
                if (cluster == null) {
                    ctx.status().error(":instances needs a cluster: open one, or type :instances NAME");
                } else {
                    reset(List.of(Place.clusters(), Place.services(cluster), Place.instances(cluster)));
                }
            }
            case "taskdefs", "td", "taskdef", "taskdefinitions" -> reset(List.of(Place.taskDefinitions()));
            case "triage" -> go(Place.triage(arg != null ? arg : currentCluster()));
            case "ctx", "context", "profile" -> contextCommand(arg, true);
            case "region" -> contextCommand(arg, false);
            default -> ctx.status().error("unknown command :" + cmd + " (try :clusters :services :tasks :instances :taskdefs "
                    + ":triage :ctx :region :q)");
        }
    }

    // ---- contexts -----------------------------------------------------------------------------

    /** {@code :ctx [PROFILE]} / {@code :region [REGION]}: switch now, or list where one can switch to. */
    private void contextCommand(String arg, boolean profile) {
        if (contexts == null) {
            ctx.status().error("this run cannot switch: restart with berth --profile NAME --region REGION (now "
                    + context.name() + ")");
            return;
        }
        if (arg != null) {
            switchContext(profile ? arg : null, profile ? null : arg);
        } else if (profile && context.sandbox()) {
            ctx.status().error("a sandbox has one account and no profiles; :region switches its region (now "
                    + context.region() + ")");
        } else {
            go(profile ? Place.contexts() : Place.regions());
        }
    }

    /**
     * Opens a session on the other profile or region off the UI thread, then puts the whole UI on
     * it, starting again at the clusters. Until it is open the old screens stay; a failure is one line.
     */
    private void switchContext(String profile, String region) {
        ContextInfo from = context;
        String to = profile != null ? "profile " + profile : "region " + region;
        ctx.status().warn("switching to " + to + "…");
        subscriptions.add(Single.fromCallable(() -> contexts.open(from, profile, region))
                .subscribeOn(ctx.work())
                .observeOn(ctx.ui())
                .subscribe(this::adopt, e -> {
                    LOG.warn("switching to {} failed", to, e);
                    ctx.status().error("cannot switch to " + to + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                            : e.getMessage().lines().findFirst().orElse("")));
                }));
    }

    private void adopt(Session next) {
        ContentPanel leaving = stack.peek();
        List<ContentPanel> old = new ArrayList<>(stack);
        stack.clear();
        old.stream().filter(p -> p != leaving).forEach(ContentPanel::stop);
        Session previous = opened;
        ctx = ctx.withSession(next);
        describer = new Describer(next, ctx.clock());
        context = next.context();
        opened = next;
        status = null;
        stack.push(panelFor(Place.clusters(), null));
        show(leaving);
        watchStatus();
        if (previous != null) {
            previous.close();
        }
        ctx.status().info("now on " + context.name() + (context.endpoint() == null ? "" : " · " + context.endpoint()));
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
                    .add(prompt == PromptKind.FILTER ? "   (! inverts · Enter keeps · Esc clears)"
                            : "   (clusters services tasks instances taskdefs triage ctx region q)", Tone.DIM)
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
