package dev.berth.desktop.header;

import dev.berth.core.SessionStatus;
import dev.berth.core.model.ContextInfo;
import dev.berth.desktop.fx.Ages;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.disposables.CompositeDisposable;
import io.reactivex.rxjava3.disposables.SerialDisposable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The header: where the session points (profile, region, account, endpoint), its badges
 * (SANDBOX, READ-ONLY, PROTECTED), how old the data on screen is, and whether AWS is throttling us.
 */
public final class HeaderViewModel {
    /** Data older than this is flagged in the header even before a slice calls itself stale. */
    static final Duration OLD = Duration.ofSeconds(30);

    private final Clock clock;
    private final StringProperty profile = new SimpleStringProperty("…");
    private final StringProperty region = new SimpleStringProperty("…");
    private final StringProperty account = new SimpleStringProperty("…");
    private final StringProperty endpoint = new SimpleStringProperty("");
    private final BooleanProperty sandbox = new SimpleBooleanProperty();
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    private final BooleanProperty protectedContext = new SimpleBooleanProperty();
    private final BooleanProperty throttled = new SimpleBooleanProperty();
    private final StringProperty traffic = new SimpleStringProperty("");
    private final ObjectProperty<Instant> dataFetchedAt = new SimpleObjectProperty<>();
    private final BooleanProperty dataStale = new SimpleBooleanProperty();
    private final StringProperty dataAge = new SimpleStringProperty("connecting…");
    private final BooleanProperty dataOld = new SimpleBooleanProperty();
    private final SerialDisposable subscriptions = new SerialDisposable();
    private boolean failed;

    public HeaderViewModel(Clock clock) {
        this.clock = clock;
        dataFetchedAt.addListener((o, a, b) -> tick());
        dataStale.addListener((o, a, b) -> tick());
    }

    /** Shows a newly opened session, and its context again whenever it changes (the account arrives later). */
    public void attach(Observable<ContextInfo> contexts, Observable<SessionStatus> statuses, Scheduler ui) {
        failed = false;
        CompositeDisposable d = new CompositeDisposable();
        d.add(contexts.observeOn(ui).subscribe(this::showContext, e -> { }));
        d.add(statuses.observeOn(ui).subscribe(this::show, e -> { }));
        subscriptions.set(d);
        tick();
    }

    private void showContext(ContextInfo ctx) {
        profile.set(ctx.profile() == null ? "default" : ctx.profile());
        region.set(ctx.region());
        account.set(ctx.account() == null ? "account…" : ctx.account());
        endpoint.set(ctx.endpoint() == null ? "AWS" : ctx.endpoint());
        sandbox.set(ctx.sandbox());
        readOnly.set(ctx.readOnly());
        protectedContext.set(ctx.protectedContext());
    }

    private void show(SessionStatus s) {
        throttled.set(s.throttled());
        traffic.set(s.callsLastMinute() + " calls/min" + (s.throttled() ? " · throttled, backing off" : "")
                + (s.lastProblem() != null && !s.throttled() ? " · " + s.lastProblem().message() : ""));
    }

    /** The session could not be opened: the header stops saying "connecting". */
    public void connectionFailed() {
        failed = true;
        tick();
    }

    /** Recomputes the age text; the view calls it every second. */
    public void tick() {
        Instant at = dataFetchedAt.get();
        if (at == null) {
            dataAge.set(failed ? "not connected" : profile.get().equals("…") ? "connecting…" : "loading…");
            dataOld.set(false);
            return;
        }
        Duration age = Duration.between(at, clock.instant());
        dataAge.set("data " + Ages.shortAge(age) + " old" + (dataStale.get() ? " (stale)" : ""));
        dataOld.set(dataStale.get() || age.compareTo(OLD) > 0);
    }

    public StringProperty profileProperty() {
        return profile;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty accountProperty() {
        return account;
    }

    public StringProperty endpointProperty() {
        return endpoint;
    }

    public BooleanProperty sandboxProperty() {
        return sandbox;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public BooleanProperty protectedContextProperty() {
        return protectedContext;
    }

    public BooleanProperty throttledProperty() {
        return throttled;
    }

    public StringProperty trafficProperty() {
        return traffic;
    }

    /** When the data on screen was fetched; the main view model points it at the focused list. */
    public ObjectProperty<Instant> dataFetchedAtProperty() {
        return dataFetchedAt;
    }

    public BooleanProperty dataStaleProperty() {
        return dataStale;
    }

    public StringProperty dataAgeProperty() {
        return dataAge;
    }

    public BooleanProperty dataOldProperty() {
        return dataOld;
    }

    public void dispose() {
        subscriptions.dispose();
    }
}
