package dev.berth.tui.contexts;

import dev.berth.core.Session;
import dev.berth.core.model.ContextInfo;
import dev.berth.core.watch.Snapshot;
import dev.berth.tui.nav.Kind;
import dev.berth.tui.nav.Place;
import dev.berth.tui.nav.Resource;
import dev.berth.tui.nav.Target;
import dev.berth.tui.table.Cell;
import dev.berth.tui.table.Column;
import dev.berth.tui.ui.Tone;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code :ctx} list (AWS profiles) or the {@code :region} list, the current one marked; Enter
 * switches the whole UI to it (the shell does, since it owns the session).
 */
public final class ContextsResource implements Resource<ContextChoice> {
    private final Kind kind;
    private final Contexts contexts;
    private final Clock clock;
    private final List<Column<ContextChoice>> columns;

    /** @param kind {@link Kind#CONTEXTS} for profiles, {@link Kind#REGIONS} for regions */
    public ContextsResource(Kind kind, Contexts contexts, Clock clock) {
        this.kind = kind;
        this.contexts = contexts;
        this.clock = clock;
        Column<ContextChoice> mark = Column.text(" ", 1, 1, 0, c -> Cell.of(c.current() ? "●" : "", Tone.GOOD));
        columns = kind == Kind.CONTEXTS
                ? List.of(mark, Column.text("PROFILE", 12, 40, 0, c -> Cell.of(c.profile(), c.current() ? Tone.STRONG : Tone.NORMAL)),
                        Column.text("REGION", 9, 16, 1, c -> Cell.of(c.region() == null ? "(none: keeps the current one)" : c.region(), Tone.DIM)))
                : List.of(mark, Column.text("REGION", 14, 20, 0, c -> Cell.of(c.region(), c.current() ? Tone.STRONG : Tone.NORMAL)));
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public List<Column<ContextChoice>> columns() {
        return columns;
    }

    @Override
    public String key(ContextChoice row) {
        return row.profile() + "@" + row.region();
    }

    @Override
    public Observable<Snapshot<List<ContextChoice>>> watch(Session session, Place place, Observable<List<ContextChoice>> window,
                                                           Scheduler timer) {
        ContextInfo now = session.context();
        return Observable.fromCallable(() -> Snapshot.of(kind == Kind.CONTEXTS
                ? contexts.profiles().stream().map(p -> new ContextChoice(p.name(), p.region(),
                        Objects.equals(p.name(), now.profile() == null ? "default" : now.profile()))).toList()
                : contexts.regions().stream().map(r -> new ContextChoice(null, r, r.equals(now.region()))).toList(), clock.instant()));
    }

    @Override
    public boolean startsOn(ContextChoice row) {
        return row.current();
    }

    @Override
    public Target target(Place place, ContextChoice row) {
        return new Target(kind, null, null, null, null, null, null, false, row);
    }

    @Override
    public Optional<Place> open(Place place, ContextChoice row) {
        return Optional.empty();
    }
}
