package dev.berth.tui.metrics;

import com.googlecode.lanterna.gui2.Component;
import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.Scope;
import dev.berth.core.watch.Problem;
import dev.berth.tui.nav.Place;
import dev.berth.tui.nav.Target;
import dev.berth.tui.shell.ContentPanel;
import dev.berth.tui.shell.UiContext;
import dev.berth.tui.ui.LinesComponent;
import dev.berth.tui.ui.Text;
import io.reactivex.rxjava3.disposables.CompositeDisposable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Braille charts of a service's CPU and memory with its deployments marked. */
public final class MetricsPanel implements ContentPanel {
    private final UiContext ctx;
    private final Place place;
    private final MetricsViewModel vm;
    private final LinesComponent view;
    private final CompositeDisposable subscriptions = new CompositeDisposable();

    public MetricsPanel(UiContext ctx, Place place) {
        this.ctx = ctx;
        this.place = place;
        this.vm = new MetricsViewModel(place.cluster(), place.service(), ctx.clock());
        this.view = new LinesComponent(ctx.palette(), 0).setContent(size -> vm.render(size.getColumns(), size.getRows()));
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
        subscriptions.add(ctx.session().metrics(place.cluster(), List.of(place.service()), MetricsViewModel.WINDOW)
                .observeOn(ctx.ui()).subscribe(s -> {
                    vm.metrics(s);
                    view.invalidate();
                }, e -> { }));
        subscriptions.add(ctx.session().service(place.cluster(), place.service())
                .observeOn(ctx.ui()).subscribe(s -> {
                    vm.service(s);
                    view.invalidate();
                }, e -> { }));
    }

    @Override
    public void stop() {
        subscriptions.clear();
    }

    @Override
    public Optional<Target> selection() {
        return Optional.of(Target.service(place.cluster(), place.service(), null, null));
    }

    @Override
    public List<Command> commands() {
        return List.of(Command.LOGS, Command.EVENTS);
    }

    @Override
    public String age(Instant now) {
        return vm.snapshot().fetchedAt() == null ? "loading" : Text.coarseAge(vm.snapshot().age(now));
    }

    @Override
    public String problem() {
        Problem p = vm.snapshot().problem();
        return p == null ? null : p.message();
    }
}
