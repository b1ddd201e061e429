package dev.berth.desktop.app;

import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.KeyChord;
import dev.berth.core.keymap.Scope;
import dev.berth.core.triage.Finding;
import dev.berth.desktop.actions.ActionDialog;
import dev.berth.desktop.actions.ActionViewModel;
import dev.berth.desktop.detail.DetailTab;
import dev.berth.desktop.detail.DetailView;
import dev.berth.desktop.detail.DetailViewModel;
import dev.berth.desktop.fx.CommandTarget;
import dev.berth.desktop.fx.KeyChords;
import dev.berth.desktop.header.HeaderView;
import dev.berth.desktop.navigator.NavigatorView;
import dev.berth.desktop.palette.PaletteEntry;
import dev.berth.desktop.palette.PaletteView;
import dev.berth.desktop.palette.PaletteViewModel;
import dev.berth.desktop.table.ResourceTable;
import dev.berth.desktop.table.TableCopy;
import dev.berth.desktop.triage.TriageView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The window: header, navigator, the list of the current page over the selection's detail, the
 * key hints, and the overlays (action sheet, command palette, help). Every key goes through
 * {@link #onKey} and the keymap; views below only bind.
 */
public final class MainView extends StackPane {
    /** Detail tabs no key or page command opens: the palette names them ({@code :load-balancing}). */
    private static final java.util.Set<DetailTab> TABS_WITHOUT_KEYS = java.util.EnumSet.of(DetailTab.LOAD_BALANCING,
            DetailTab.DISCOVERY, DetailTab.NETWORK, DetailTab.STORAGE, DetailTab.COST, DetailTab.TASK_DEFINITION);
    private final MainViewModel vm;
    private final BorderPane main = new BorderPane();
    private final StackPane listHolder = new StackPane();
    private final StackPane detailHolder = new StackPane();
    private final StackPane overlay = new StackPane();
    private final HintBar hints;
    private ResourceTable<?> table;
    private TriageView triageView;
    private DetailView detailView;
    private AnimationTimer firstDetail;
    private Runnable closeOverlay;

    public MainView(MainViewModel vm) {
        this.vm = vm;
        setId("main");
        hints = new HintBar(vm.keymap(), false);
        VBox top = new VBox(new HeaderView(vm.header()), banner(), notice());
        main.setTop(top);
        NavigatorView nav = new NavigatorView(vm);
        SplitPane split = new SplitPane(listHolder, detailHolder);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.46);
        SplitPane outer = new SplitPane(nav, split);
        outer.setDividerPositions(0.185);
        SplitPane.setResizableWithParent(nav, false);
        main.setCenter(outer);
        main.setBottom(hints);
        Label connecting = new Label("Connecting…");
        connecting.getStyleClass().addAll("title-4", "muted-text");
        connecting.visibleProperty().bind(vm.connectingProperty());
        listHolder.getChildren().add(connecting);

        overlay.getStyleClass().add("overlay-scrim");
        overlay.setVisible(false);
        overlay.setOnMouseClicked(e -> {
            if (e.getTarget() == overlay && closeOverlay != null) {
                closeOverlay.run();
            }
        });
        getChildren().addAll(main, overlay);

        vm.pageProperty().addListener((o, a, b) -> showPage(b));
        vm.detailProperty().addListener((o, a, b) -> showDetail(b));
        vm.actionProperty().addListener((o, a, b) -> showAction(b));
        vm.header().readOnlyProperty().addListener((o, a, b) -> {
            HintBar bar = new HintBar(vm.keymap(), b);
            main.setBottom(bar);
        });
        vm.setOnNewFinding(this::notify);

        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        addEventFilter(KeyEvent.KEY_TYPED, this::onKey);
        sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                b.focusOwnerProperty().addListener((x, y, z) -> updateHints(z));
            }
        });
    }

    private Node banner() {
        Label text = new Label();
        text.setId("error-banner-text");
        text.setWrapText(true);
        text.textProperty().bind(vm.errorProperty());
        Button dismiss = new Button(null, FontIcon.of(Material2AL.CLOSE));
        dismiss.getStyleClass().addAll("flat", "small");
        dismiss.setOnAction(e -> vm.errorProperty().set(null));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox box = new HBox(10, FontIcon.of(Material2AL.ERROR_OUTLINE), text, grow, dismiss);
        box.setId("error-banner");
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("banner");
        box.visibleProperty().bind(vm.errorProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node notice() {
        Label text = new Label();
        text.setId("notice");
        text.textProperty().bind(vm.noticeProperty());
        HBox box = new HBox(text);
        box.getStyleClass().add("notice");
        box.visibleProperty().bind(vm.noticeProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void showPage(PageModel page) {
        listHolder.getChildren().clear();
        table = null;
        triageView = null;
        if (page == null) {
            return;
        }
        if (page.list() == null) {
            triageView = new TriageView(vm.triageProperty().get(), vm::openFinding);
            listHolder.getChildren().add(triageView);
            triageView.list().requestFocus();
            return;
        }
        table = new ResourceTable<>(page.list());
        if (page.services() != null) {
            @SuppressWarnings("unchecked")
            ResourceTable<dev.berth.desktop.services.ServiceItem> services =
                    (ResourceTable<dev.berth.desktop.services.ServiceItem>) table;
            services.onVisibleRows(rows -> page.services().setVisible(rows.stream().map(r -> r.name()).toList()));
        }
        table.table().setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                runCommand(Command.OPEN);
            }
        });
        listHolder.getChildren().add(table);
        table.focusTable();
    }

    private void showDetail(DetailViewModel d) {
        boolean first = detailView == null && firstDetail == null;
        if (firstDetail != null) {
            firstDetail.stop();
            firstDetail = null;
        }
        detailHolder.getChildren().clear();
        detailView = null;
        if (d != null && first) {
            // The first selection comes with the first rows: let the list paint them before the detail is built.
            firstDetail = afterNextFrame(() -> {
                firstDetail = null;
                if (vm.detailProperty().get() == d) {
                    buildDetail(d);
                }
            });
        } else if (d != null) {
            buildDetail(d);
        } else {
            Label hint = new Label("Select a row to see its details");
            hint.getStyleClass().add("muted-text");
            detailHolder.getChildren().add(hint);
        }
    }

    private void buildDetail(DetailViewModel d) {
        detailView = new DetailView(d);
        detailHolder.getChildren().setAll(detailView);
    }

    /** Runs the task in the pulse after the next one, i.e. once the next frame has been rendered. */
    private static AnimationTimer afterNextFrame(Runnable task) {
        AnimationTimer timer = new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    task.run();
                }
            }
        };
        timer.start();
        return timer;
    }

    private void showAction(ActionViewModel a) {
        if (a == null) {
            hideOverlay();
            return;
        }
        ActionDialog dialog = new ActionDialog(a, vm::closeAction);
        showOverlay(dialog, vm::closeAction);
        dialog.focusFirst();
    }

    /** Opens the command palette, optionally with text already typed. */
    public void openPalette(String initial) {
        PaletteView[] holder = new PaletteView[1];
        // A palette command may open its own overlay (an action sheet): close only the palette itself.
        Runnable close = () -> {
            if (overlay.getChildren().contains(holder[0])) {
                hideOverlay();
            }
        };
        PaletteView view = new PaletteView(new PaletteViewModel(paletteEntries()), close);
        holder[0] = view;
        showOverlay(view, close);
        view.focusField(initial);
    }

    private List<PaletteEntry> paletteEntries() {
        List<PaletteEntry> e = new ArrayList<>();
        for (PageKind k : PageKind.values()) {
            e.add(PaletteEntry.of(k.command(), "Show " + k.title().toLowerCase(java.util.Locale.ROOT), "",
                    () -> vm.go(new Place(k, k.perCluster() ? vm.currentCluster() : null, null))));
        }
        e.add(PaletteEntry.withArgument(":cluster", ":cluster NAME — services of that cluster",
                name -> vm.go(new Place(PageKind.SERVICES, name, null))));
        e.add(PaletteEntry.withArgument(":ctx", ":ctx PROFILE — reconnect with another AWS profile",
                p -> vm.switchContext(p, null)));
        e.add(PaletteEntry.withArgument(":region", ":region eu-west-1 — reconnect in another region",
                r -> vm.switchContext(null, r)));
        DetailViewModel detail = vm.detailProperty().get();
        if (detail != null) {
            for (DetailTab t : detail.tabs()) {
                if (!TABS_WITHOUT_KEYS.contains(t)) {
                    continue;
                }
                e.add(PaletteEntry.of(":" + t.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        "Show the " + t.title() + " tab of the selection", "", () -> detail.show(t)));
            }
        }
        if (!vm.readOnly()) {
            e.add(PaletteEntry.of(":scaling", "Autoscaling bounds of the selected service", "", vm::scalingBounds));
        }
        for (Command c : vm.keymap().commands(Scope.LIST, vm.readOnly())) {
            if (c != Command.COMMAND) {
                e.add(PaletteEntry.of(c.id(), c.description(), vm.keymap().chord(c).toString(), () -> runCommand(c)));
            }
        }
        return e;
    }

    private void showHelp() {
        showOverlay(new HelpView(vm.keymap(), focusedScope(), vm.readOnly()), this::hideOverlay);
        overlay.getChildren().get(0).requestFocus();
    }

    private void showOverlay(Region content, Runnable onClose) {
        overlay.getChildren().setAll(content);
        StackPane.setAlignment(content, Pos.CENTER);
        StackPane.setMargin(content, new Insets(40));
        content.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                onClose.run();
                e.consume();
            }
        });
        closeOverlay = onClose;
        overlay.setVisible(true);
    }

    private void hideOverlay() {
        overlay.setVisible(false);
        overlay.getChildren().clear();
        closeOverlay = null;
        if (table != null) {
            table.table().requestFocus();
        } else if (triageView != null) {
            triageView.list().requestFocus();
        }
    }

    /** The one key path: native event → chord → command (focused part first, then the window). */
    void onKey(KeyEvent e) {
        if (overlay.isVisible()) {
            return;
        }
        Optional<KeyChord> chord = KeyChords.of(e);
        if (chord.isEmpty()) {
            return;
        }
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (focus instanceof TextInputControl) {
            return;
        }
        if (chord.get().equals(KeyChords.PALETTE)) {
            openPalette("");
            e.consume();
            return;
        }
        if (chord.get().equals(KeyChords.COPY) && TableCopy.copySelected(focus)) {
            e.consume();
            return;
        }
        if (chord.get().equals(KeyChords.CLOSE)) {
            runCommand(Command.QUIT);
            e.consume();
            return;
        }
        CommandTarget target = commandTarget(focus);
        Scope scope = target == null ? Scope.LIST : target.scope();
        Optional<Command> command = vm.keymap().command(chord.get(), scope);
        if (command.isEmpty()) {
            return;
        }
        // In a window ctrl-c means copy: the terminal's quit key never closes it by surprise.
        if (command.get() == Command.QUIT && chord.get().equals(KeyChords.COPY)) {
            command = Optional.of(Command.COPY);
        }
        if ((target != null && target.handle(command.get())) || runCommand(command.get())) {
            e.consume();
        }
    }

    /** Runs a command at window level; true when it did something. */
    boolean runCommand(Command c) {
        switch (c) {
            case COMMAND -> openPalette(":");
            case HELP -> showHelp();
            case FILTER -> {
                if (table == null) {
                    return false;
                }
                table.focusFilter();
            }
            case SORT, SORT_REVERSE -> {
                if (table == null) {
                    return false;
                }
                table.cycleSort(c == Command.SORT_REVERSE);
            }
            case COPY -> {
                String text = vm.copyText();
                if (text == null) {
                    return false;
                }
                ClipboardContent content = new ClipboardContent();
                content.putString(text);
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                vm.noticeProperty().set("Copied " + text);
            }
            case QUIT -> {
                if (getScene() != null && getScene().getWindow() != null) {
                    getScene().getWindow().hide();
                }
            }
            case BACK -> {
                if (detailView != null && isInside(getScene().getFocusOwner(), detailView)) {
                    focusList();
                } else {
                    return vm.back();
                }
            }
            case OPEN -> {
                if (triageView != null && triageView.list().getSelectionModel().getSelectedItem() != null) {
                    vm.openFinding(triageView.list().getSelectionModel().getSelectedItem());
                } else if (!vm.open() && detailView != null) {
                    detailView.focusContent();
                }
            }
            default -> {
                if (!vm.run(c)) {
                    return false;
                }
                if (c == Command.LOGS && detailView != null) {
                    detailView.focusContent();
                }
            }
        }
        return true;
    }

    private void focusList() {
        if (table != null) {
            table.table().requestFocus();
        } else if (triageView != null) {
            triageView.list().requestFocus();
        }
    }

    private void updateHints(Node focus) {
        if (main.getBottom() instanceof HintBar bar) {
            CommandTarget t = commandTarget(focus);
            bar.show(t == null ? Scope.LIST : t.scope());
        }
    }

    private Scope focusedScope() {
        CommandTarget t = commandTarget(getScene() == null ? null : getScene().getFocusOwner());
        return t == null ? Scope.LIST : t.scope();
    }

    private static CommandTarget commandTarget(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (x instanceof CommandTarget t) {
                return t;
            }
        }
        return null;
    }

    private static boolean isInside(Node n, Parent p) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (x == p) {
                return true;
            }
        }
        return false;
    }

    /** A pop-up for a finding that appeared while Berth was watching; clicking it opens the evidence. */
    private void notify(Finding f) {
        if (getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing()) {
            return;
        }
        Notifications.create()
                .owner(getScene().getWindow())
                .title(f.kind().label())
                .text(f.title() + (f.service() == null ? "" : "\n" + f.cluster() + " / " + f.service()))
                .hideAfter(Duration.seconds(8))
                .onAction(e -> vm.openFinding(f))
                .showWarning();
    }

    /** A scene for this view, themed. */
    public Scene scene(dev.berth.desktop.fx.Theme theme, double w, double h) {
        Scene scene = new Scene(this, w, h);
        theme.apply(scene);
        return scene;
    }

    public ResourceTable<?> table() {
        return table;
    }

    public DetailView detailView() {
        return detailView;
    }

    public TriageView triageView() {
        return triageView;
    }
}
