package dev.berth.tui.logs;

import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Panel;
import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.KeyChord;
import dev.berth.core.keymap.Scope;
import dev.berth.core.logs.LogQuery;
import dev.berth.core.logs.LogTail;
import dev.berth.tui.nav.Place;
import dev.berth.tui.nav.Target;
import dev.berth.tui.shell.ContentPanel;
import dev.berth.tui.shell.UiContext;
import dev.berth.tui.ui.LinesComponent;
import io.reactivex.rxjava3.disposables.CompositeDisposable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Logs of a task, a container or a whole service merged (lines labelled by task). The tail runs
 * in the core; this panel only moves its batches onto the UI thread into {@link LogsViewModel}.
 */
public final class LogsPanel implements ContentPanel {
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneId.systemDefault());
    private static final List<Command> COMMANDS = List.of(Command.FOLLOW, Command.WRAP, Command.TIMESTAMPS, Command.SAVE,
            Command.JUMP_TO_TASK, Command.SINCE_TAIL, Command.SINCE_1M, Command.SINCE_5M, Command.SINCE_15M,
            Command.SINCE_30M, Command.SINCE_1H, Command.SINCE_3H);

    private final UiContext ctx;
    private final Place place;
    private final LogsViewModel vm;
    private final LinesComponent header;
    private final LinesComponent body;
    private final Panel root = new Panel(new BorderLayout());
    private final CompositeDisposable subscriptions = new CompositeDisposable();
    private LogTail tail;

    public LogsPanel(UiContext ctx, Place place) {
        this.ctx = ctx;
        this.place = place;
        LogQuery q = place.taskId() == null ? LogQuery.service(place.cluster(), place.service())
                : LogQuery.task(place.cluster(), place.service(), place.taskId());
        this.vm = new LogsViewModel(place.container() == null ? q : q.withContainer(place.container()));
        header = new LinesComponent(ctx.palette(), 1).setContent(size -> List.of(vm.header()));
        body = new LinesComponent(ctx.palette(), 0).setContent(size -> vm.render(size.getColumns(), size.getRows()));
        root.addComponent(header, BorderLayout.Location.TOP);
        root.addComponent(body, BorderLayout.Location.CENTER);
    }

    public LogsViewModel viewModel() {
        return vm;
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
        return Scope.LOGS;
    }

    @Override
    public void start() {
        tail = ctx.session().logs(vm.query());
        subscriptions.add(tail.batches().observeOn(ctx.ui()).subscribe(b -> {
            vm.accept(b);
            redraw();
        }, e -> ctx.status().error("logs: " + e.getMessage())));
        subscriptions.add(tail.status().observeOn(ctx.ui()).subscribe(s -> {
            vm.status(s);
            header.invalidate();
        }, e -> { }));
    }

    @Override
    public void stop() {
        subscriptions.clear();
        if (tail != null) {
            tail.close();
            tail = null;
        }
    }

    private void redraw() {
        header.invalidate();
        body.invalidate();
    }

    @Override
    public boolean navigate(KeyChord chord) {
        int page = Math.max(1, body.lastSize().getRows() - 1);
        switch (chord.key()) {
            case UP -> vm.move(-1);
            case DOWN -> vm.move(1);
            case PAGE_UP -> vm.move(-page);
            case PAGE_DOWN -> vm.move(page);
            case HOME -> vm.home();
            case END -> vm.end();
            default -> {
                return false;
            }
        }
        redraw();
        return true;
    }

    @Override
    public boolean handle(Command command) {
        Duration since = LogsViewModel.sinceFor(command);
        if (since != null) {
            vm.since(since);
            stop();
            start();
            redraw();
            return true;
        }
        switch (command) {
            case FOLLOW -> {
                vm.toggleFollow();
                if (vm.paused()) {
                    tail.pause();
                } else {
                    tail.resume();
                }
            }
            case WRAP -> vm.toggleWrap();
            case TIMESTAMPS -> vm.toggleTimestamps();
            case SAVE -> save();
            default -> {
                return false;
            }
        }
        redraw();
        return true;
    }

    private void save() {
        String name = "berth-" + (place.service() == null ? "task" : place.service())
                + (place.taskId() == null ? "" : "-" + Place.shortId(place.taskId()))
                + "-" + FILE_TIME.format(ctx.clock().instant()) + ".log";
        Path file = ctx.saveDir().resolve(name);
        try {
            Files.createDirectories(ctx.saveDir());
            tail.saveTo(file);
            ctx.status().info("saved " + vm.held() + " lines to " + file);
        } catch (IOException | RuntimeException e) {
            ctx.status().error("cannot save the logs to " + file + ": " + e.getMessage());
        }
    }

    @Override
    public Optional<Place> open() {
        return Optional.ofNullable(vm.jumpTarget());
    }

    @Override
    public Optional<Target> selection() {
        return Optional.empty();
    }

    @Override
    public List<Command> commands() {
        return COMMANDS;
    }

    @Override
    public boolean filterable() {
        return true;
    }

    @Override
    public void filter(String text) {
        vm.setFilter(text);
        redraw();
    }

    @Override
    public String filterText() {
        return vm.filter();
    }
}
